// Download a backup; import one (checked whole before anything is written).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { Store } from './store.ts';
import { download } from './backup-reminder.tsx';

export function BackupPanel({ store }: { store: Store }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ text: string; error: boolean; of: 'import' | 'export' } | null>(null);
  const exportFile = (what: 'backup' | 'csv') => void download(store, what).then(
    () => setMessage((m) => (m?.of === 'export' ? null : m)),
    () => setMessage({ text: t('exportFailed'), error: true, of: 'export' }),
  );
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setMessage({ text: t('importing'), error: false, of: 'import' });
    // One transaction: whatever stops it (a full phone, the app closed) leaves everything as it was.
    const outcome = await store.data.importBackup(file).catch(() => null);
    setBusy(false);
    if (!outcome) {
      setMessage({ text: t('backup_failed'), error: true, of: 'import' });
    } else if (outcome.ok) {
      setMessage({ text: t('importDone', { reviews: outcome.result.reviewsAdded, cards: outcome.result.cardsUpdated }), error: false, of: 'import' });
    } else {
      const p = outcome.problem;
      const where = p.kind === 'bad-record' ? `${p.store}${p.index >= 0 ? ` #${p.index + 1}` : ''}: ${p.field}` : '';
      setMessage({ text: t(`backup_${p.kind}`, { where }), error: true, of: 'import' });
    }
  };

  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="hint">{t('backupExplain')}</p>
      <button class="secondary" data-testid="export-backup" onClick={() => exportFile('backup')}>{t('exportBackup')}</button>
      <label class="secondary file-button">
        {t('importBackup')}
        <input type="file" accept=".gz,application/gzip" data-testid="import-backup" class="visually-hidden" disabled={busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void upload(file);
          }} />
      </label>
      <button class="link" data-testid="export-csv" onClick={() => exportFile('csv')}>{t('exportCsv')}</button>
      {message && <p role={message.error ? 'alert' : 'status'} data-testid={`${message.of}-result`} data-busy={busy} class={message.error ? 'problem' : ''}>{message.text}</p>}
    </section>
  );
}

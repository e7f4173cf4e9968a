// The gentle reminder after a session when the last backup is old (on the
// review screen; the backup panel itself is in settings, which load on use).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { Store } from './store.ts';
import { saveFile } from './save-file.ts';

export async function download(store: Store, what: 'backup' | 'csv'): Promise<void> {
  const { blob, name } = what === 'backup' ? await store.data.exportBackup() : await store.data.exportFsrsCsv();
  saveFile(blob, name);
}

export function BackupReminder({ store }: { store: Store }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  return (
    <div class="reminder" data-testid="backup-reminder" role="status">
      <p>{t('backupReminder')}</p>
      <button class="secondary" data-testid="reminder-export" onClick={() => void download(store, 'backup').then(() => setFailed(false), () => setFailed(true))}>{t('exportBackup')}</button>
      {failed && <p role="alert" class="problem" data-testid="export-result">{t('exportFailed')}</p>}
    </div>
  );
}


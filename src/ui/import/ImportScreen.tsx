// Bring your own sentences: a file from the phone or pasted text, read and
// checked by the compiler in a worker, shown as a preview (what is new,
// changed, unchanged, gone; the first sentences; what was found, grouped),
// then saved, or cancelled with nothing written.
import { useState } from 'preact/hooks';
import '../../i18n/messages/import/index.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ImportPreview } from '../../import/protocol.ts';
import type { Store } from '../store.ts';
import { DiagnosticList } from './DiagnosticList.tsx';
import { useImport } from './use-import.ts';
import { PairEditor } from '../pairs/PairEditor.tsx';

/** Phones grey out extensions they do not know: accept text loosely and let the content decide. */
const ACCEPT = '.tsv,.txt,.csv,.tab,.lo,.vi,text/*,application/octet-stream';

export function ImportScreen({ store }: { store: Store }) {
  const { t } = useI18n();
  const screen = store.state.screen;
  const job = useImport(store, t('importPastedTitle'), screen.name === 'import' ? screen.shared : undefined);
  const [pasted, setPasted] = useState('');
  const [typing, setTyping] = useState(false);
  const { phase } = job;

  return (
    <section class="import" data-testid="import">
      <h2>{t('importHeading')}</h2>
      {phase.name === 'choose' && (
        <>
          {phase.problem && <p class="problem" role="alert" data-testid="import-problem">{t(`importFailed_${phase.problem}`)}</p>}
          {typing ? (
            <section aria-labelledby="pair-heading">
              <h3 id="pair-heading">{t('pairHeading')}</h3>
              <PairEditor mode="add" store={store} />
            </section>
          ) : (
            <button class="secondary" data-testid="add-pair" onClick={() => setTyping(true)}>{t('pairHeading')}</button>
          )}
          <label class="secondary file-button">
            {t('importFileLabel')}
            <input type="file" multiple accept={ACCEPT} class="visually-hidden" data-testid="import-file"
              onChange={(e) => void job.fromFiles((e.target as HTMLInputElement).files)} />
          </label>
          <label class="paste">
            <span>{t('importPasteLabel')}</span>
            <textarea data-testid="import-paste" rows={6} value={pasted} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button class="secondary" data-testid="import-paste-go" disabled={!pasted.trim()} onClick={() => job.fromText(pasted)}>{t('importPasteGo')}</button>
        </>
      )}
      {phase.name === 'busy' && (
        <div role="status" data-testid="import-progress">
          <p>{t(`importStage_${phase.stage}`)}</p>
          {phase.total > 0 ? <progress max={phase.total} value={phase.done} /> : <progress />}
        </div>
      )}
      {phase.name === 'preview' && (
        <Preview preview={phase.preview} title={job.title} onTitle={job.rename} onSave={job.save} onCancel={job.cancel} />
      )}
      {phase.name === 'done' && (
        <div role="status" data-testid="import-done">
          <p>{t('importSaved', { n: phase.pairs, title: job.title })}</p>
          <button class="primary" data-testid={`start-${phase.deckId}`} onClick={() => void store.openDeck(phase.deckId)}>{t('start')}</button>
          <button class="secondary" data-testid="import-another" onClick={job.cancel}>{t('importAnother')}</button>
        </div>
      )}
    </section>
  );
}

function Preview({ preview, title, onTitle, onSave, onCancel }: {
  preview: ImportPreview; title: string; onTitle: (t: string) => void; onSave: () => void; onCancel: () => void;
}) {
  const { t } = useI18n();
  const counts = [
    ['new', 'importCountNew', preview.counts.new],
    ['changed', 'importCountChanged', preview.counts.changed],
    ['unchanged', 'importCountUnchanged', preview.counts.unchanged],
    ['gone', 'importCountGone', preview.counts.gone],
  ] as const;
  return (
    <div data-testid="import-preview" data-deck={preview.deckId}>
      {preview.errors === 0 && (
        <>
          <label class="field-block">
            <span>{t('importTitle')}</span>
            <input class="search" data-testid="import-title" value={title} onInput={(e) => onTitle((e.target as HTMLInputElement).value)} />
          </label>
          <p class="hint">{t(preview.exists ? 'importIntoExisting' : 'importIntoNew')}</p>
          <dl class="states">
            {counts.map(([key, label, n]) => (
              <div key={key}><dt>{t(label)}</dt><dd data-testid={`import-count-${key}`}>{n}</dd></div>
            ))}
          </dl>
        </>
      )}
      <DiagnosticList groups={preview.groups} />
      {preview.errors > 0 && <p class="problem" role="alert">{t('importHasErrors')}</p>}
      <button class="primary" data-testid="import-save" disabled={preview.errors > 0 || !title.trim()} onClick={onSave}>{t('importSave')}</button>
      <button class="secondary" data-testid="import-cancel" onClick={onCancel}>{t('importCancel')}</button>
      {preview.sample.length > 0 && (
        <>
          <h3>{t('importSample')}</h3>
          <ol class="sample">
            {preview.sample.map((p, i) => (
              <li key={i}><p class="sentence-small" lang="lo">{p.lo}</p><p class="sentence-small" lang="vi">{p.vi}</p></li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

// Typing a pair: a new one into "My sentences", or new text for a pair that
// exists (its id, and so its cards' progress, kept). The fields carry their
// language, so a phone offers its Lao or Vietnamese keyboard where it has one.
// The compiler's checks answer, in the learner's language. Loaded on first use,
// with the import screen's messages.
import { useState } from 'preact/hooks';
import '../../i18n/messages/import/index.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { DiagnosticCode } from '../../deck/types.ts';
import type { PairRecord } from '../../storage/schema.ts';
import type { Store } from '../store.ts';
import { asTyped } from '../as-typed.ts';

type Props =
  | { mode: 'add'; store: Store; onDone?: () => void }
  | { mode: 'edit'; store: Store; pair: PairRecord; onDone: (pair: PairRecord | null) => void };

export function PairEditor(props: Props) {
  const { t } = useI18n();
  const start = props.mode === 'edit' ? props.pair : null;
  const [lo, setLo] = useState(start?.lo ?? '');
  const [vi, setVi] = useState(start?.vi ?? '');
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [problems, setProblems] = useState<DiagnosticCode[]>([]);

  const save = async () => {
    setMessage(null);
    setProblems([]);
    if (props.mode === 'edit') {
      const result = await props.store.data.editPair(props.pair, { lo, vi });
      if (!result.ok) return setProblems(result.problems);
      props.onDone(result.pair);
      return;
    }
    const result = await props.store.data.addPair({ lo, vi, tags, note });
    if (!result.ok) {
      setProblems(result.problems);
      if (result.exists) setMessage({ text: t('pairExists'), error: true });
      return;
    }
    setMessage({ text: t('pairAdded', { deck: result.deck.lo }), error: false });
    setLo('');
    setVi('');
    setNote('');
    props.onDone?.();
  };

  const field = (label: string, value: string, set: (v: string) => void, testId: string, lang?: 'lo' | 'vi') => (
    <label class="field-block">
      <span>{label}</span>
      <textarea rows={lang ? 2 : 1} lang={lang} data-testid={testId} value={value}
        {...asTyped('textarea')} spellcheck={lang === 'vi'} autocapitalize={lang === 'vi' ? 'sentences' : 'off'}
        onInput={(e) => set((e.target as HTMLTextAreaElement).value)} />
    </label>
  );
  return (
    <form class="pair-editor" data-testid="pair-editor" onSubmit={(e) => {
      e.preventDefault();
      void save();
    }}>
      {field(t('pairLo'), lo, setLo, 'pair-lo', 'lo')}
      {field(t('pairVi'), vi, setVi, 'pair-vi', 'vi')}
      {props.mode === 'add' && field(t('pairTags'), tags, setTags, 'pair-tags')}
      {props.mode === 'add' && field(t('pairNote'), note, setNote, 'pair-note')}
      {problems.length > 0 && (
        <ul class="problem" role="alert" data-testid="pair-problems">
          {problems.map((code) => <li key={code} data-code={code}>{t(`diag_${code}`)}</li>)}
        </ul>
      )}
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'problem' : 'hint'} data-testid="pair-message">{message.text}</p>}
      <button class="primary" type="submit" data-testid="save-pair" disabled={!lo.trim() || !vi.trim()}>{t('savePair')}</button>
      {props.mode === 'edit' && <button class="secondary" type="button" onClick={() => props.onDone(null)}>{t('cancel')}</button>}
    </form>
  );
}

// How each kind of card is answered by default on this device (the learner
// can also switch on a card, which changes the same default).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { CardKind } from '../deck/types.ts';
import { loadAnswerMode, MODES_OF, saveAnswerMode, type AnswerMode } from './exercise/prefs.ts';

const KINDS: CardKind[] = ['recognition', 'production', 'cloze', 'dictation'];

export function AnswerModeSettings() {
  const { t } = useI18n();
  const [modes, setModes] = useState(() => Object.fromEntries(KINDS.map((k) => [k, loadAnswerMode(k)])) as Record<CardKind, AnswerMode>);
  return (
    <section class="settings" aria-labelledby="answer-heading" data-testid="setting-answer-modes">
      <h2 id="answer-heading">{t('answerMode')}</h2>
      {KINDS.map((kind) => (
        <label key={kind} class="field">
          <span>{t(`kind_${kind}`)}</span>
          <select data-testid={`setting-answer-${kind}`} value={modes[kind]} onChange={(e) => {
            const mode = (e.target as HTMLSelectElement).value as AnswerMode;
            saveAnswerMode(kind, mode);
            setModes({ ...modes, [kind]: mode });
          }}>
            {MODES_OF[kind].map((m) => <option key={m} value={m}>{t(`mode_${m}`)}</option>)}
          </select>
        </label>
      ))}
    </section>
  );
}

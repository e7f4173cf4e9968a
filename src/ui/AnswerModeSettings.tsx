// How each kind of card is answered by default on this device (the learner
// can also switch on a card, which changes the same default).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { CardKind } from '../deck/types.ts';
import { CARD_KINDS } from '../deck/identity.ts';
import { loadAnswerMode, MODES_OF, saveAnswerMode, type AnswerMode } from './exercise/prefs.ts';
import { AnswerModeSelect } from './exercise/AnswerModeSelect.tsx';

export function AnswerModeSettings() {
  const { t } = useI18n();
  const [modes, setModes] = useState(() => Object.fromEntries(CARD_KINDS.map((k) => [k, loadAnswerMode(k)])) as Record<CardKind, AnswerMode>);
  return (
    <section class="settings" aria-labelledby="answer-heading" data-testid="setting-answer-modes">
      <h2 id="answer-heading">{t('answerMode')}</h2>
      {CARD_KINDS.map((kind) => (
        <AnswerModeSelect key={kind} label={t(`kind_${kind}`)} modes={MODES_OF[kind]} value={modes[kind]} testId={`setting-answer-${kind}`} onChange={(mode) => {
          saveAnswerMode(kind, mode);
          setModes({ ...modes, [kind]: mode });
        }} />
      ))}
    </section>
  );
}

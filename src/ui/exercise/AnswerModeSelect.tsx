// Choosing how a card is answered (choosing, typing, showing the answer): on
// a card, and per kind in settings.
import { useI18n } from '../../i18n/use-i18n.ts';
import type { AnswerMode } from './prefs.ts';

export function AnswerModeSelect({ label, modes, value, onChange, testId = 'answer-mode' }: {
  label: string; modes: readonly AnswerMode[]; value: AnswerMode; onChange: (m: AnswerMode) => void; testId?: string;
}) {
  const { t } = useI18n();
  return (
    <label class="field">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as AnswerMode)}>
        {modes.map((m) => <option key={m} value={m}>{t(`mode_${m}`)}</option>)}
      </select>
    </label>
  );
}

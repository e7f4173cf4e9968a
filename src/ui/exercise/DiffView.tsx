// The answer, syllable by syllable, as the comparison judged it: coloured,
// and also marked without colour (struck through when wrong, underlined when
// the tone or a mark is off, a dotted box for what is missing), with a line
// in the learner's language for every mistake.
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SyllableDiff } from '../../exercise/compare.ts';

export function DiffView({ diff, lang = 'vi' }: { diff: SyllableDiff[]; lang?: 'vi' | 'lo' }) {
  const { t } = useI18n();
  const mistakes = diff.filter((d) => d.result !== 'right' && d.result !== 'variant');
  const say = (d: SyllableDiff) => t(`result_${d.result}`, d.tones ? { given: t(`tone_${d.tones.given}`), expected: t(`tone_${d.tones.expected}`) } : {});
  return (
    <div class="diff" data-testid="diff">
      <p class="diff-line" lang={lang}>
        {diff.map((d, i) => (
          <span key={i} class={`diff-syllable diff-${d.result}`} data-testid="diff-syllable" data-result={d.result} title={say(d)}>
            {d.given ?? d.expected}
          </span>
        ))}
      </p>
      <p class="diff-summary" role="status">{mistakes.length === 0 ? t('allRight') : t('notQuite')}</p>
      {mistakes.length > 0 && (
        <ul class="diff-notes">
          {mistakes.map((d, i) => (
            <li key={i}>
              <span lang={lang} class="diff-word">{d.given ?? '—'}</span>
              {d.expected && d.expected !== d.given && <> → <strong lang={lang}>{d.expected}</strong></>}
              {': '}{say(d)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

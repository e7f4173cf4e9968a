// What the compiler found, in the learner's language: one line per kind, with
// how many and the first line numbers (a file of 2,000 pairs may give 200).
import { useI18n } from '../../i18n/use-i18n.ts';
import { LINES_SHOWN, type DiagnosticGroup } from '../../import/diagnostic-groups.ts';

export function DiagnosticList({ groups }: { groups: DiagnosticGroup[] }) {
  const { t } = useI18n();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="diagnostics-heading">
      <h3 id="diagnostics-heading">{t('importProblems')}</h3>
      <ul class="diagnostics" data-testid="import-diagnostics">
        {groups.map((g) => (
          <li key={g.code} class={g.severity === 'error' ? 'diagnostic error' : 'diagnostic'} data-code={g.code} data-count={g.count}>
            <strong>{t(`diag_${g.code}`)}</strong> ({g.count})
            {' · '}
            {g.lines.length === 1 && g.lines[0] === 0
              ? t('diagWholeFile')
              : t('diagLines', { lines: g.lines.filter((l) => l > 0).join(', '), more: g.count > LINES_SHOWN ? 1 : 0 })}
          </li>
        ))}
      </ul>
    </section>
  );
}

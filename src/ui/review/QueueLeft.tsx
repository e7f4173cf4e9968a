// The cards left today in each queue (new · learning · due), in the home
// screen's three colours, each with its name for screen readers.
import { useI18n } from '../../i18n/use-i18n.ts';
import type { QueueResult } from '../../schedule/queue.ts';

export function QueueLeft({ counts }: { counts: QueueResult['counts'] }) {
  const { t } = useI18n();
  const queues = [
    ['new', 'newLabel', counts.new],
    ['learning', 'learningLabel', counts.learning],
    ['due', 'dueLabel', counts.due],
  ] as const;
  return (
    <p class="left" role="group" aria-label={t('leftToday')}>
      {queues.map(([queue, label, n]) => (
        <span key={queue} class={`left-${queue}`} title={t(label)}>
          <span class="visually-hidden">{t(label)} </span><span data-testid={`review-left-${queue}`}>{n}</span>
        </span>
      ))}
    </p>
  );
}

// The vocabulary as progress (issue 15): Vietnamese words known, seen and in
// the decks, overall and per deck; how the known words grew; the words to
// learn next. The figures are a cached computation (storage/vocab.ts): shown
// at once as stored, and computed again in a worker when the cards changed
// since, then shown fresh.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { VocabFigures } from '../../vocab/figures.ts';
import type { Store } from '../store.ts';
import { WordsChart } from './WordsChart.tsx';

export function WordFigures({ store, titles }: { store: Store; titles: Map<string, string> }) {
  const { t } = useI18n();
  const [figures, setFigures] = useState<VocabFigures | null>(null);
  const [updating, setUpdating] = useState(true);
  useEffect(() => {
    let live = true;
    void store.data.storedWordFigures().then(async ({ figures: stored, current }) => {
      if (!live) return;
      setFigures(stored);
      if (!current) {
        const fresh = await store.data.refreshWordFigures();
        if (live && fresh) setFigures(fresh);
      }
      if (live) setUpdating(false);
    });
    return () => {
      live = false;
    };
  }, [store]);
  if (!figures) return <p data-testid="stat-words-loading">{t('loading')}</p>;
  const { overall } = figures;
  return (
    <div class="word-figures" data-testid="stat-words" data-updating={updating}>
      <h3>{t('statWords')}</h3>
      <div class="stat-grid">
        <div class="stat"><span class="stat-label">{t('statWordsKnown')}</span><span class="stat-value" data-testid="stat-words-known">{overall.known}</span></div>
        <div class="stat"><span class="stat-label">{t('statWordsSeen')}</span><span class="stat-value" data-testid="stat-words-seen">{overall.seen}</span></div>
        <div class="stat"><span class="stat-label">{t('statWordsTotal')}</span><span class="stat-value" data-testid="stat-words-total">{overall.total}</span></div>
      </div>
      {updating && <p class="hint" role="status">{t('statWordsUpdating')}</p>}
      <WordsChart title={t('statWordsChart')} history={figures.history} />
      {Object.entries(figures.decks).map(([deckId, d]) => (
        <div class="deck-words" key={deckId} data-testid={`stat-words-deck-${deckId}`}>
          <p class="deck-title" lang="lo">{titles.get(deckId) ?? deckId}</p>
          <p>{t('statWordsDeck', { known: d.known, seen: d.seen, total: d.total })}</p>
          {d.next.length > 0 && (
            <p class="words-next">
              {t('statWordsNext')}: <span lang="vi" data-testid="words-next">{d.next.map(([w]) => w).join(', ')}</span>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

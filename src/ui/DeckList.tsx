// The home screen's list of decks: titles in both languages, sizes, source.
import type { DeckSummary } from '../deck/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function DeckList({ decks }: { decks: DeckSummary[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="decks-heading">
      <h2 id="decks-heading">{t('decksHeading')}</h2>
      {decks.length === 0 ? (
        <p>{t('noDecks')}</p>
      ) : (
        <ul class="decks">
          {decks.map((deck) => (
            <li key={deck.id} class="deck" data-testid={`deck-${deck.id}`}>
              <h3 class="deck-title" lang="lo">{deck.title.lo}</h3>
              <p class="deck-subtitle" lang="vi">{deck.title.vi}</p>
              <p class="deck-counts">
                <span data-testid="pair-count">{t('pairCount', { n: deck.pairs })}</span>
                {' · '}
                <span data-testid="card-count">{t('cardCount', { n: deck.cards })}</span>
              </p>
              {deck.source && <p class="deck-source">{t('sourceLabel', { source: deck.source })}</p>}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('studySoon')}</p>
    </section>
  );
}

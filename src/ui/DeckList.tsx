// The home screen's list of decks: titles in both languages, today's counts, start.
import type { DeckRow, Store } from './store.ts';
import { DeckMenu } from './DeckMenu.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { NextDue } from './NextDue.tsx';

export function DeckList({ rows, store }: { rows: DeckRow[]; store: Store }) {
  const onStart = (deckId: string) => void store.openDeck(deckId);
  const { t } = useI18n();
  return (
    <section aria-labelledby="decks-heading">
      <h2 id="decks-heading">{t('decksHeading')}</h2>
      {rows.length === 0 ? (
        <p>{t('noDecks')}</p>
      ) : (
        <ul class="decks">
          {rows.map(({ summary: deck, queue, own }) => {
            const nothing = queue.card === null;
            return (
              <li key={deck.id} class="deck" data-testid={`deck-${deck.id}`}>
                <div class="deck-head">
                  <h3 class="deck-title" lang="lo">{deck.title.lo}</h3>
                  <DeckMenu deck={deck} store={store} own={own} />
                </div>
                <p class="deck-subtitle" lang="vi">{deck.title.vi}</p>
                <p class="deck-counts">
                  <span data-testid="pair-count">{t('pairCount', { n: deck.pairs })}</span>
                  {' · '}
                  <span data-testid="card-count">{t('cardCount', { n: deck.cards })}</span>
                </p>
                <dl class="today">
                  <div class="count new"><dt>{t('newLabel')}</dt><dd data-testid="new-count">{queue.counts.new}</dd></div>
                  <div class="count learning"><dt>{t('learningLabel')}</dt><dd data-testid="learning-count">{queue.counts.learning}</dd></div>
                  <div class="count due"><dt>{t('dueLabel')}</dt><dd data-testid="due-count">{queue.counts.due}</dd></div>
                </dl>
                {nothing ? (
                  <>
                    <NextDue at={queue.nextDue} />
                    <button class="secondary" data-testid={`open-${deck.id}`} onClick={() => onStart(deck.id)}>{t('sessionHeading')}</button>
                  </>
                ) : (
                  <button class="primary" data-testid={`start-${deck.id}`} onClick={() => onStart(deck.id)}>{t('start')}</button>
                )}
                {deck.source && <p class="deck-source">{t('sourceLabel', { source: deck.source })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

// The card browser: search sentences in Lao or Vietnamese (with or without
// diacritics), see each card's state, due date and history, suspend,
// unsuspend, reset.
import '../../i18n/messages/study-data/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { State } from 'ts-fsrs';
import { useI18n } from '../../i18n/use-i18n.ts';
import { GRADE_LABELS, type MessageKey } from '../../i18n/catalog.ts';
import { Queue } from '../../schedule/queue.ts';
import { isLeech } from '../../schedule/leech.ts';
import type { Found } from '../../storage/browse.ts';
import type { CardRecord, PairRecord } from '../../storage/schema.ts';
import type { ReviewLogEntry } from '../../history/entry.ts';
import { LazyPairEditor } from '../pairs/lazy.ts';
import type { Store } from '../store.ts';
import { asTyped } from '../as-typed.ts';

const STATE_KEYS: Record<State, MessageKey> = {
  [State.New]: 'stateNew', [State.Learning]: 'stateLearning', [State.Review]: 'stateReview', [State.Relearning]: 'stateRelearning',
};


/** A pair's two sentences, with a way to edit them and, once edited, back to the deck's text. */
function PairText({ pair: initial, store }: { pair: PairRecord; store: Store }) {
  const { t } = useI18n();
  const [pair, setPair] = useState(initial);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <LazyPairEditor mode="edit" store={store} pair={pair} onDone={(saved: PairRecord | null) => {
      if (saved) setPair(saved);
      setEditing(false);
    }} />;
  }
  const revert = async () => {
    const result = pair.original && (await store.data.editPair(pair, pair.original));
    if (result && result.ok) setPair(result.pair);
  };
  return (
    <>
      <p class="sentence-small" lang="lo">{pair.lo}</p>
      <p class="sentence-small" lang="vi">{pair.vi}</p>
      <div class="browse-actions">
        <button class="link small" data-testid="edit-pair" onClick={() => setEditing(true)}>{t('editPair')}</button>
        {pair.edited && (
          <>
            <span class="tag" data-testid="pair-edited">{t('pairEditedMark')}</span>
            <button class="link small" data-testid="revert-pair" onClick={() => void revert()}>{t('revertPair')}</button>
          </>
        )}
      </div>
    </>
  );
}

function CardRow({ card: initial, store }: { card: CardRecord; store: Store }) {
  const { t, lang } = useI18n();
  const [card, setCard] = useState(initial);
  const [history, setHistory] = useState<ReviewLogEntry[] | null>(null);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const act = async (action: 'suspend' | 'unsuspend' | 'reset') => {
    const next = await store.data.changeCard(card, action);
    if (next) setCard(next);
  };
  const suspended = card.queue === Queue.Suspended;
  return (
    <li class="browse-card" data-testid={`browse-card-${card.cardId}`}>
      <p class="browse-card-head">
        <strong>{t(`kind_${card.kind}`)}</strong>
        {' · '}<span data-testid="card-state">{suspended ? t('stateSuspended') : t(STATE_KEYS[card.state])}</span>
        {card.state !== State.New && <> · {t('dueOn', { date: date.format(card.due) })}</>}
        {' · '}{t('repsLapses', { reps: card.reps, lapses: card.lapses })}
        {isLeech(card, store.state.settings?.leechLapses ?? 0) && <> · <strong class="nowrap" data-testid="leech-tag">{t('leechTag')}</strong></>}
      </p>
      <div class="browse-actions">
        <button class="link small" data-testid="toggle-suspend" onClick={() => void act(suspended ? 'unsuspend' : 'suspend')}>{t(suspended ? 'unsuspend' : 'suspend')}</button>
        <button class="link small" data-testid="reset-card" disabled={card.state === State.New} onClick={() => void act('reset')}>{t('resetCard')}</button>
        <button class="link small" data-testid="show-history" onClick={() => void store.data.history(card).then(setHistory)}>{t('history')}</button>
      </div>
      {history && (
        history.length === 0 ? <p class="hint">{t('noHistory')}</p> : (
          <ol class="history" data-testid="card-history">
            {history.map((e) => <li key={e.id}>{date.format(e.at)} — {t(GRADE_LABELS[e.grade])}</li>)}
          </ol>
        )
      )}
    </li>
  );
}

export function BrowseScreen({ store }: { store: Store }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [leeches, setLeeches] = useState(false);
  const [results, setResults] = useState<Found[] | null>(null);
  useEffect(() => {
    let current = true;
    // A short pause after typing, so each keystroke does not start a search.
    const timer = setTimeout(() => void store.data.search(query, leeches).then((r) => current && setResults(r)), 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, leeches, store]);
  return (
    <section class="browse" data-testid="browse">
      <h2>{t('browse')}</h2>
      <input type="search" class="search" data-testid="browse-search" {...asTyped('input')} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')}
        value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      <button class="secondary small" data-testid="browse-filter-leech" aria-pressed={leeches} onClick={() => setLeeches(!leeches)}>{t('filterLeeches')}</button>
      {results && results.length === 0 && <p>{t('noResults')}</p>}
      <ul class="browse-list">
        {results?.map(({ pair, cards }) => (
          <li key={`${pair.deckId}/${pair.pairId}`} class="browse-pair" data-testid="browse-result">
            <PairText pair={pair} store={store} />
            <ul class="browse-cards">{cards.map((c) => <CardRow key={c.cardId} card={c} store={store} />)}</ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

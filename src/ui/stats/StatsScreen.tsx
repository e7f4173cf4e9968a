// The statistics screen: today, streak, true retention, a year of reviews,
// the coming month, each deck's cards and known sentences, and the words
// (WordFigures.tsx).
import '../../i18n/messages/study-data/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import { addDays } from '../../schedule/study-day.ts';
import { retention } from '../../stats/retention.ts';
import { streak } from '../../stats/streak.ts';
import { reviewsPerDay, todayStats } from '../../stats/today.ts';
import type { CardData } from '../../storage/stats-data.ts';
import type { CardStates } from '../../stats/tallies.ts';
import type { Store } from '../store.ts';
import type { DataActions } from '../data-actions.ts';
import { Bars, Heatmap } from './Chart.tsx';
import { WordFigures } from './WordFigures.tsx';
import { ToneFigures } from './ToneFigures.tsx';
import { tonePicture } from '../../stats/tone-picture.ts';

type Loaded = Awaited<ReturnType<DataActions['loadDayStats']>>;
const STATES: [keyof CardStates, MessageKey][] = [
  ['new', 'stateNew'], ['learning', 'stateLearning'], ['young', 'stateYoung'], ['mature', 'stateMature'], ['suspended', 'stateSuspended'],
];

export function StatsScreen({ store }: { store: Store }) {
  const { t, lang } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [cards, setCards] = useState<CardData | null>(null);
  useEffect(() => {
    let live = true;
    // Day figures first (a few ms at any size), card figures when their counts are done.
    void store.data.loadDayStats().then((l) => {
      if (!live) return;
      setLoaded(l);
      void store.data.loadCardStats(l.today).then((c) => live && setCards(c));
    });
    return () => {
      live = false;
    };
  }, [store]);
  if (!loaded) return <p>{t('loading')}</p>;
  const { data, today, desiredRetention } = loaded;
  const pct = (x: number | null) => (x === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(x));
  const day = todayStats(data.days, today);
  const s = streak(data.studiedDays, today);
  const windows = [7, 30, 365].map((n) => ({ n, r: retention(data.days, today, n) }));

  return (
    <section class="stats" data-testid="stats">
      <h2>{t('stats')}</h2>
      <div class="stat-grid">
        <div class="stat"><span class="stat-label">{t('statReviews')}</span><span class="stat-value" data-testid="stat-today-reviews">{day.reviews}</span></div>
        <div class="stat"><span class="stat-label">{t('statNewLearned')}</span><span class="stat-value" data-testid="stat-today-new">{day.newLearned}</span></div>
        <div class="stat"><span class="stat-label">{t('statMinutes')}</span><span class="stat-value" data-testid="stat-today-minutes">{day.minutes}</span></div>
        <div class="stat"><span class="stat-label">{t('statAgain')}</span><span class="stat-value" data-testid="stat-today-again">{pct(day.againShare)}</span></div>
      </div>
      <p class="streak" data-testid="stat-streak" data-current={s.current} data-longest={s.longest}>
        <strong>{t('statStreak')}: {t('statStreakDays', { n: s.current })}</strong> · {t('statLongest', { n: s.longest })}
      </p>
      <table class="retention" data-testid="stat-retention">
        <caption>{t('statRetention')} · {t('statDesired', { value: pct(desiredRetention) })}</caption>
        <thead><tr><th /><th scope="col">{t('statYoung')}</th><th scope="col">{t('statMature')}</th></tr></thead>
        <tbody>
          {windows.map(({ n, r }) => (
            <tr key={n} data-window={n}><th scope="row">{t('statWindow', { n })}</th><td>{pct(r.young)}</td><td>{pct(r.mature)}</td></tr>
          ))}
        </tbody>
      </table>
      <Heatmap title={t('statHeatmap')} days={reviewsPerDay(data.days, today, 365)} />
      <ToneFigures picture={tonePicture(data.days.map((d) => d.tones))} />
      {!cards ? <p data-testid="stat-cards-loading">{t('loading')}</p> : <CardFigures cards={cards} today={today} />}
      <WordFigures store={store} titles={new Map(store.state.rows.map((r) => [r.summary.id, r.summary.title.lo]))} />
    </section>
  );
}

function CardFigures({ cards, today }: { cards: CardData; today: string }) {
  const { t } = useI18n();
  return (
    <div data-testid="stat-cards">
      <Bars title={t('statForecast')} values={cards.forecast} labels={cards.forecast.map((_, i) => addDays(today, i))} />
      <h3>{t('statCardStates')}</h3>
      {cards.decks.map((d) => {
        const title = d.title;
        return (
          <div class="deck-stats" key={d.deckId} data-testid={`stat-deck-${d.deckId}`}>
            {title && <p class="deck-title" lang="lo">{title.lo}</p>}
            <dl class="states">
              {STATES.map(([k, label]) => (
                <div key={k}><dt>{t(label)}</dt><dd data-state={k}>{d.states[k]}</dd></div>
              ))}
            </dl>
            <p>{t('statKnown', { known: d.knownPairs, total: d.pairs })}</p>
            <progress max={Math.max(1, d.pairs)} value={d.knownPairs} />
          </div>
        );
      })}
    </div>
  );
}

// The review screen: prompt, "show answer", both sentences, four ratings
// with the interval each would give, undo. Deck text is always rendered as
// text (Preact escapes it), with its language marked.
import { useEffect } from 'preact/hooks';
import type { CardKind } from '../deck/types.ts';
import { intervalParts, GRADES, type Grade4 } from '../schedule/scheduler.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { GRADE_LABELS } from '../i18n/catalog.ts';
import type { AppState, Store } from './store.ts';
import { NextDue } from './NextDue.tsx';
import { SpeakButtons } from './SpeakButtons.tsx';
import { BackupReminder } from './BackupPanel.tsx';


function Sentence({ lang, text, testId }: { lang: 'lo' | 'vi'; text: string; testId?: string }) {
  return <p class={`sentence sentence-${lang}`} lang={lang} data-testid={testId}>{text}</p>;
}

export function Review({ state, store }: { state: AppState; store: Store }) {
  const { t } = useI18n();
  const c = state.current;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
      if ((e.key === 'z' && (e.ctrlKey || e.metaKey)) || e.key === 'u' || e.key === 'U') {
        e.preventDefault();
        void store.undo();
      } else if (e.key === ' ' || e.key === 'Enter') {
        if (state.current && !state.current.revealed) {
          e.preventDefault();
          store.reveal();
        }
      } else if (['1', '2', '3', '4'].includes(e.key)) {
        void store.rate(Number(e.key) as Grade4);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, state.current]);

  const kind: CardKind | undefined = c?.card.kind;
  return (
    <section class="review">
      <div class="review-bar">
        <button class="link" data-testid="nav-home" onClick={() => void store.goHome()}>← {t('home')}</button>
        <button class="link" data-testid="undo" disabled={state.undoable === 0} onClick={() => void store.undo()}>↶ {t('undo')}</button>
      </div>
      {!c ? (
        state.ready && (
          <>
            <NextDue at={state.doneUntil} />
            {state.backupDue && <BackupReminder store={store} />}
          </>
        )
      ) : (
        <article class="card">
          <div class="card-top">
            <p class="prompt">{t(kind === 'recognition' ? 'promptRecognition' : 'promptProduction')}</p>
            <div class="card-actions">
              <button class="link small" data-testid="bury" title={t('buryHint')} onClick={() => void store.setAside('bury')}>{t('bury')}</button>
              <button class="link small" data-testid="suspend" title={t('suspendHint')} onClick={() => void store.setAside('suspend')}>{t('suspend')}</button>
            </div>
          </div>
          <div data-testid="card-front">
            {kind === 'recognition' ? <Sentence lang="vi" text={c.pair.vi} /> : <Sentence lang="lo" text={c.pair.lo} />}
          </div>
          {(kind === 'recognition' || c.revealed) && <SpeakButtons key={c.card.cardId} text={c.pair.vi} autoplay={state.settings?.autoplayAudio ?? false} />}
          {!c.revealed ? (
            <button class="primary reveal" data-testid="reveal" onClick={() => store.reveal()}>{t('showAnswer')}</button>
          ) : (
            <>
              <div class="answer" data-testid="card-back">
                {kind === 'recognition' ? <Sentence lang="lo" text={c.pair.lo} /> : <Sentence lang="vi" text={c.pair.vi} />}
              </div>
              <div class="ratings">
                {GRADES.map((g) => {
                  const { value, unit } = intervalParts(new Date(c.revealed!.at), c.revealed!.preview[g].due);
                  return (
                    <button key={g} class={`rate rate-${g}`} data-testid={`rate-${g}`} onClick={() => void store.rate(g)}>
                      <span class="rate-interval">{t(`unit_${unit}`, { n: value })}</span>
                      <span class="rate-label">{t(GRADE_LABELS[g])}</span>
                    </button>
                  );
                })}
              </div>
            </>
          )}
        </article>
      )}
    </section>
  );
}

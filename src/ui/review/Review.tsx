// The review screen, made for one thumb: the card scrolls at the top, the
// action area ("show answer", then the four ratings) is pinned to the bottom.
// Above the card: back home, the cards left today, undo. Deck text is always
// rendered as text (Preact escapes it), with its language marked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { AppState, Store } from '../store.ts';
import type { PairRecord } from '../../storage/schema.ts';
import { SpeakButtons } from './SpeakButtons.tsx';
import { VoiceEntry } from '../voice/VoiceEntry.tsx';
import { NewWordsHint, newWordsOf, VietnameseSentence } from './VietnameseSentence.tsx';
import { BackIcon, UndoIcon } from '../icons.tsx';
import { QueueLeft } from './QueueLeft.tsx';
import { RatingBar } from './RatingBar.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { useReviewKeys } from './use-review-keys.ts';
import { LazyPairEditor } from '../pairs/lazy.ts';
import { loadAnswerMode, MODES_OF, saveAnswerMode } from '../exercise/prefs.ts';
import { AnswerModeSelect } from '../exercise/AnswerModeSelect.tsx';
import { lazyScreen } from '../lazy.tsx';

// Exercise cards load their code (comparison, input methods, messages) with the first of them.
const LazyExercise = lazyScreen(() => import('../exercise/ExerciseCard.tsx').then((m) => m.ExerciseCard));

function Sentence({ lang, text }: { lang: 'lo' | 'vi'; text: string }) {
  return <p class={`sentence sentence-${lang}`} lang={lang}>{text}</p>;
}

export function Review({ state, store }: { state: AppState; store: Store }) {
  const { t } = useI18n();
  const c = state.current;
  const screen = state.screen;
  const deckId = screen.name === 'review' ? screen.deckId : '';
  const row = state.rows.find((r) => r.summary.id === deckId);
  // Correcting the pair on screen (after the answer shows): its cards keep their progress.
  // The pair being corrected: the one on screen (after the answer shows), or a leech's from its notice.
  const [editing, setEditing] = useState<PairRecord | null>(null);
  // Cards answered on screen (cloze, dictation, and recognition or production when the learner chose to
  // answer them by choosing or typing) are ExerciseCard's, keys included (a rating there carries how).
  const [, modeChanged] = useState(0);
  const exercise = c !== null && (c.card.kind === 'cloze' || c.card.kind === 'dictation' || loadAnswerMode(c.card.kind) !== 'self');
  useReviewKeys(store, editing || exercise ? null : c);
  useEffect(() => setEditing(null), [c?.card.cardId]);

  // Screen readers and keyboards follow the card: the answer takes focus when it
  // appears (and scrolls into view), the next card's front when it shows.
  const front = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const cardKey = c ? `${c.card.cardId}@${c.shownAt}` : null;
  useEffect(() => {
    const active = document.activeElement;
    if (c && (active === document.body || active === null)) front.current?.focus({ preventScroll: true });
  }, [cardKey]);
  useEffect(() => {
    if (c?.revealed) answer.current?.focus();
  }, [c?.revealed]);

  const recognition = c?.card.kind === 'recognition';
  return (
    <section class="review">
      <div class="review-bar">
        <button class="link" data-testid="nav-home" onClick={() => void store.goHome()}><BackIcon /><span class="link-label">{t('home')}</span></button>
        {row && <QueueLeft counts={row.queue.counts} />}
        <button class="link" data-testid="undo" disabled={state.undoable === 0} onClick={() => void store.undo()}><UndoIcon /><span class="link-label">{t('undo')}</span></button>
      </div>
      {state.leech && !editing && (
        <p class="leech-notice" role="status" data-testid="leech-notice">
          <span>{t(state.leech.suspended ? 'leechSuspended' : 'leechNotice', { n: state.leech.card.lapses })}</span>
          <button class="link small" data-testid="leech-edit" onClick={() => setEditing(state.leech!.pair)}>{t('editPair')}</button>
          <button class="link small" data-testid="leech-keep" onClick={() => void store.keepLeech()}>{t('leechKeep')}</button>
        </p>
      )}
      {exercise && !editing ? <LazyExercise key={cardKey!} current={c!} store={store} onSelfGraded={() => modeChanged((n) => n + 1)} /> : (<>
      <div class="review-scroll">
        {!c ? (
          state.ready && <SessionSummary store={store} deckId={deckId} nextDue={state.doneUntil} backupDue={state.backupDue} />
        ) : editing ? (
          <LazyPairEditor mode="edit" store={store} pair={editing} onDone={() => setEditing(null)} />
        ) : (
          <article class="card">
            <div class="card-top">
              <p class="prompt">{t(recognition ? 'promptRecognition' : 'promptProduction')}</p>
              <div class="card-actions">
                <button class="link small" data-testid="bury" title={t('buryHint')} onClick={() => void store.setAside('bury')}>{t('bury')}</button>
                <button class="link small" data-testid="suspend" title={t('suspendHint')} onClick={() => void store.setAside('suspend')}>{t('suspend')}</button>
                {c.revealed && <button class="link small" data-testid="edit-pair" onClick={() => setEditing(c.pair)}>{t('editPair')}</button>}
              </div>
            </div>
            <NewWordsHint words={newWordsOf(c.card, c.pair)} />
            <div data-testid="card-front" tabIndex={-1} ref={front}>
              {recognition ? <VietnameseSentence text={c.pair.vi} newWords={newWordsOf(c.card, c.pair)} /> : <Sentence lang="lo" text={c.pair.lo} />}
            </div>
            {(recognition || c.revealed) && (
              <SpeakButtons key={c.card.cardId} text={c.pair.vi} autoplay={state.settings?.autoplayAudio ?? false}>
                <VoiceEntry sentence={c.pair.vi} words={c.pair.words} onJudged={(code) => store.noteSpoken(code)} />
              </SpeakButtons>
            )}
            {!c.revealed && (
              <AnswerModeSelect label={t('answerMode')} modes={MODES_OF[c.card.kind]} value="self" onChange={(m) => {
                saveAnswerMode(c.card.kind, m);
                modeChanged((n) => n + 1);
              }} />
            )}
            {c.revealed && (
              <div class="answer" data-testid="card-back" tabIndex={-1} ref={answer}>
                {recognition ? <Sentence lang="lo" text={c.pair.lo} /> : <VietnameseSentence text={c.pair.vi} newWords={newWordsOf(c.card, c.pair)} />}
              </div>
            )}
          </article>
        )}
      </div>
      {c && !editing && <RatingBar current={c} onReveal={() => store.reveal()} onRate={(g) => void store.rate(g)} />}
      </>)}
    </section>
  );
}

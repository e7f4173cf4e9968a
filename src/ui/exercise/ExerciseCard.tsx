// A card answered on screen rather than flipped: a cloze or dictation (by
// choosing, typing, or showing the answer), and a recognition or production
// card whose learner chose to answer it by choosing (or, for production, by
// typing the Vietnamese). A choice or a typed answer is compared syllable by
// syllable, the mistakes explained, and a rating suggested, which the learner
// may change before it is saved (with how they answered, in the log). Loaded
// with its messages when the first such card shows.
import { NewWordsHint, newWordsOf, VietnameseSentence } from '../review/VietnameseSentence.tsx';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../i18n/messages/exercise/index.ts';
import { GRADE_LABELS } from '../../i18n/catalog.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { compareAnswer, errorKinds, suggestRating, toneSlips, type SyllableDiff } from '../../exercise/compare.ts';
import { encodeTonePairs } from '../../history/tone-codes.ts';
import { choiceOptions, optionsWithLearnerAnswers } from '../../exercise/cloze.ts';
import type { Grade4 } from '../../schedule/scheduler.ts';
import { now } from '../../clock.ts';
import type { CurrentCard, Store } from '../store.ts';
import { RatingBar } from '../review/RatingBar.tsx';
import { speakVietnamese, SLOW_RATE } from '../review/speech.ts';
import { SpeakerIcon, SlowIcon } from '../icons.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { VoiceEntry } from '../voice/VoiceEntry.tsx';
import { DiffView } from './DiffView.tsx';
import { gapsOf } from './gaps.ts';
import { AnswerModeSelect } from './AnswerModeSelect.tsx';
import { loadAnswerMode, loadInputMethod, MODES_OF, saveAnswerMode, type AnswerMode } from './prefs.ts';

interface Result {
  diff: SyllableDiff[];
  suggested: Grade4;
  given: string;
}

const PROMPT = { recognition: 'promptRecognition', production: 'promptProduction', cloze: 'promptCloze', dictation: 'promptDictation' } as const;

export function ExerciseCard({ current, store, onSelfGraded }: { current: CurrentCard; store: Store; onSelfGraded: () => void }) {
  const { t } = useI18n();
  const { card, pair } = current;
  const kind = card.kind;
  // Recognition and production are answered with a whole sentence: its meaning (Lao) or the Vietnamese.
  const whole = kind === 'recognition' || kind === 'production';
  const side = kind === 'recognition' ? 'lo' : 'vi';
  const { segments, words } = useMemo(() => gapsOf(pair.vi, pair.cloze ?? []), [pair.vi, pair.cloze]);
  const [learnerWrong, setLearnerWrong] = useState<string[]>([]);
  // Planned options, or for a deck too small to plan them, the learner's own earlier wrong answers too (one gap only).
  const wordOptions = words.map((w) => {
    const planned = pair.options?.[(pair.cloze ?? []).indexOf(w)] ?? [];
    return (words.length === 1 ? optionsWithLearnerAnswers(w, planned, learnerWrong, card.cardId) : planned.length === 4 ? planned : null) ?? [];
  });
  const [sentences, setSentences] = useState<string[] | null>(null);
  useEffect(() => {
    if (!whole) return;
    void store.data.neighbourSentences(pair, side).then(
      (others) => setSentences(others.length === 3 ? choiceOptions({ text: pair[side], key: '', at: 0, length: 0 }, others, card.cardId).options : []),
      () => setSentences([]));
  }, [card.cardId]);
  const canChoose = whole ? sentences !== null && sentences.length === 4 : words.length > 0 && wordOptions.every((o) => o.length === 4);
  const modes = MODES_OF[kind].filter((m) => m !== 'choice' || canChoose || (whole && sentences === null));
  const [chosenMode, setMode] = useState<AnswerMode>(() => loadAnswerMode(kind));
  // Choosing needs options: without them (a deck too small to offer any), typing, or else showing the answer.
  const mode: AnswerMode = modes.includes(chosenMode) ? chosenMode : modes.includes('type') ? 'type' : 'self';

  const [chosen, setChosen] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [method, setMethod] = useState(loadInputMethod);
  const [result, setResult] = useState<Result | null>(null);
  const [pastMs, setPastMs] = useState<number[]>([]);
  useEffect(() => {
    // This card's past right answers: a clearly quicker answer now suggests Easy, a slower one Hard.
    void store.data.history(card).then((log) => {
      setPastMs(log.filter((e) => e.grade >= 3).map((e) => e.durationMs));
      setLearnerWrong(log.flatMap((e) => (e.exercise?.given ? [e.exercise.given] : [])));
    }, () => undefined);
  }, [card.cardId]);

  // What the learner must produce.
  const expected = whole ? pair[side] : kind === 'dictation' && mode === 'type' ? pair.vi : words.join(' ');
  const gaps = whole ? 1 : words.length;
  const finish = (given: string) => {
    // A Lao meaning is right or not as a whole; Vietnamese is compared syllable by syllable.
    const diff: SyllableDiff[] = kind === 'recognition'
      ? [{ result: given === expected ? 'right' : 'wrong', expected, given }]
      : compareAnswer(expected, given);
    setResult({ diff, suggested: suggestRating(diff, now().getTime() - current.shownAt, pastMs), given });
    store.reveal();
  };
  const choose = (option: string) => {
    const next = [...chosen, option];
    setChosen(next);
    if (next.length === gaps) finish(next.join(' '));
  };
  const switchMode = (m: AnswerMode) => {
    saveAnswerMode(kind, m);
    setMode(m);
    // A recognition or production card self-graded is the review screen's own flip card.
    if (whole && m === 'self') onSelfGraded();
  };
  const rate = (grade: Grade4) => {
    const errors = result ? errorKinds(result.diff) : [];
    const slips = result ? toneSlips(result.diff) : [];
    void store.rate(grade, {
      kind, mode, errors, ...(result ? { suggested: result.suggested } : {}), ...(result && errors.length ? { given: result.given } : {}),
      ...(slips.length ? { toneSlips: encodeTonePairs(slips) } : {}),
    });
  };
  const speak = (rate: number) => void speakVietnamese(pair.vi, rate);

  const answered = current.revealed !== null;
  // Saying the Vietnamese: on a recognition card's front, on the others once answered.
  const voice = <VoiceEntry sentence={pair.vi} words={pair.words} onJudged={(code) => store.noteSpoken(code)} />;
  // Keys 1–4 rate here too once the answer shows, with how the card was answered.
  useEffect(() => {
    if (!answered) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || !['1', '2', '3', '4'].includes(e.key)) return;
      rate(Number(e.key) as Grade4);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [answered, result, mode]);
  const options = whole ? sentences ?? [] : wordOptions[chosen.length] ?? [];
  return (
    <>
      <div class="review-scroll">
        <article class="card exercise">
          <p class="prompt">{t(PROMPT[kind])}</p>
          <NewWordsHint words={newWordsOf(card, pair)} />
          {(kind === 'cloze' || kind === 'production') && <p class="sentence sentence-lo" lang="lo" data-testid="card-front">{pair.lo}</p>}
          {kind === 'recognition' && <div data-testid="card-front"><VietnameseSentence text={pair.vi} newWords={newWordsOf(current.card, pair)} /></div>}
          {(kind === 'dictation' || kind === 'recognition') && (
            <div class="speak">
              <button class="speak-button listen" data-testid="listen" aria-label={t('listen')} onClick={() => speak(1)}><SpeakerIcon /></button>
              <button class="speak-button" data-testid="listen-slow" aria-label={t('speakSlow')} onClick={() => speak(SLOW_RATE)}><SlowIcon /></button>
              {kind === 'recognition' && voice}
            </div>
          )}
          {!whole && !answered && (kind === 'cloze' || mode === 'choice') && (
            <p class="sentence sentence-vi cloze" lang="vi" data-testid="cloze">
              {segments.map((s, i) => ('text' in s ? <span key={i}>{s.text}</span> : (
                <span key={i} class="gap" aria-label={t('gap')}>{chosen[s.gap] ?? '\u2003\u2003\u2003'}</span>
              )))}
            </p>
          )}
          {whole && !answered && mode === 'choice' && (
            <ol class="sentence-choices">
              {options.map((o, i) => (
                <li key={o}><button class="choice sentence-choice" lang={side} data-testid={`choice-${i + 1}`} onClick={() => choose(o)}>{o}</button></li>
              ))}
            </ol>
          )}
          {answered && (
            <div class="answer" data-testid="card-back">
              {/* What the answer got right and wrong comes first: it is what teaches, and what the rating follows. */}
              {result && <DiffView diff={result.diff} lang={kind === 'recognition' ? 'lo' : 'vi'} />}
              {result && <p class="hint" data-testid="suggested-rating" data-rating={result.suggested}>{t('suggested', { rating: t(GRADE_LABELS[result.suggested]) })}</p>}
              {kind === 'recognition' ? <p class="sentence sentence-lo" lang="lo">{pair.lo}</p> : <VietnameseSentence text={pair.vi} newWords={newWordsOf(current.card, pair)} />}
              {kind !== 'recognition' && <div class="speak">{voice}</div>}
            </div>
          )}
          {!answered && mode === 'type' && (
            <AnswerInput value={typed} onChange={setTyped} method={method} onMethod={setMethod} onSubmit={() => typed.trim() && finish(typed)} />
          )}
          {!answered && <AnswerModeSelect label={t('answerMode')} modes={modes} value={mode} onChange={switchMode} />}
        </article>
      </div>
      {answered ? (
        <RatingBar current={current} onReveal={() => undefined} onRate={rate} suggested={result?.suggested} />
      ) : (
        <div class="actions">
          {mode === 'choice' && !whole && (
            <div class="choices">
              {options.map((o, i) => (
                <button key={`${chosen.length}-${o}`} class="choice" lang="vi" data-testid={`choice-${i + 1}`} onClick={() => choose(o)}>{o}</button>
              ))}
            </div>
          )}
          {mode === 'type' && <button class="primary" data-testid="check-answer" disabled={!typed.trim()} onClick={() => finish(typed)}>{t('checkAnswer')}</button>}
          {mode === 'self' && <button class="primary reveal" data-testid="reveal" onClick={() => store.reveal()}>{t('showAnswer')}</button>}
        </div>
      )}
    </>
  );
}

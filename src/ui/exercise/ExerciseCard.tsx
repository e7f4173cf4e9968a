// A cloze or dictation card under review: the learner answers by choosing,
// typing or simply showing the answer; a choice or a typed answer is compared
// syllable by syllable, the mistakes explained, and a rating suggested, which
// the learner may change before it is saved (with how they answered, in the
// log). Loaded with its messages when the first such card shows.
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../i18n/messages/exercise/index.ts';
import { GRADE_LABELS } from '../../i18n/catalog.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { compareAnswer, errorKinds, suggestRating, type SyllableDiff } from '../../exercise/compare.ts';
import type { Grade4 } from '../../schedule/scheduler.ts';
import { now } from '../../clock.ts';
import type { CurrentCard, Store } from '../store.ts';
import { RatingBar } from '../review/RatingBar.tsx';
import { speakVietnamese, SLOW_RATE } from '../review/speech.ts';
import { SpeakerIcon, SlowIcon } from '../icons.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { DiffView } from './DiffView.tsx';
import { gapsOf } from './gaps.ts';
import { ANSWER_MODES, loadAnswerMode, loadInputMethod, saveAnswerMode, type AnswerMode } from './prefs.ts';

interface Result {
  diff: SyllableDiff[];
  suggested: Grade4;
}

export function ExerciseCard({ current, store }: { current: CurrentCard; store: Store }) {
  const { t } = useI18n();
  const { card, pair } = current;
  const dictation = card.kind === 'dictation';
  const { segments, words } = useMemo(() => gapsOf(pair.vi, pair.cloze ?? []), [pair.vi, pair.cloze]);
  // Options exist for every gap only when the deck had words enough to offer them.
  const options = words.map((w) => pair.options?.[(pair.cloze ?? []).indexOf(w)] ?? []);
  const canChoose = words.length > 0 && options.every((o) => o.length === 4);
  const [mode, setMode] = useState<AnswerMode>(() => {
    const preferred = loadAnswerMode();
    return preferred === 'choice' && !canChoose ? 'type' : preferred;
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [method, setMethod] = useState(loadInputMethod);
  const [result, setResult] = useState<Result | null>(null);
  const [pastMs, setPastMs] = useState<number[]>([]);
  useEffect(() => {
    // This card's past right answers: a clearly quicker answer now suggests Easy, a slower one Hard.
    void store.data.history(card).then((log) => setPastMs(log.filter((e) => e.grade >= 3).map((e) => e.durationMs)), () => undefined);
  }, [card.cardId]);

  // What the learner must produce: the hidden words, or for dictation typed in full, the whole sentence.
  const expected = dictation && mode === 'type' ? pair.vi : words.join(' ');
  const finish = (given: string) => {
    const diff = compareAnswer(expected, given);
    setResult({ diff, suggested: suggestRating(diff, now().getTime() - current.shownAt, pastMs) });
    store.reveal();
  };
  const choose = (option: string) => {
    const next = [...chosen, option];
    setChosen(next);
    if (next.length === words.length) finish(next.join(' '));
  };
  const switchMode = (m: AnswerMode) => {
    saveAnswerMode(m);
    setMode(m);
  };
  const rate = (grade: Grade4) => void store.rate(grade, {
    kind: card.kind, mode, errors: result ? errorKinds(result.diff) : [], ...(result ? { suggested: result.suggested } : {}),
  });
  const speak = (rate: number) => void speakVietnamese(pair.vi, rate);

  const answered = current.revealed !== null;
  const showGaps = !dictation || (mode === 'choice' && !answered);
  return (
    <>
      <div class="review-scroll">
        <article class="card exercise">
          <p class="prompt">{t(dictation ? 'promptDictation' : 'promptCloze')}</p>
          {!dictation && <p class="sentence sentence-lo" lang="lo" data-testid="card-front">{pair.lo}</p>}
          {dictation && (
            <div class="speak">
              <button class="speak-button listen" data-testid="listen" aria-label={t('listen')} onClick={() => speak(1)}><SpeakerIcon /></button>
              <button class="speak-button" data-testid="listen-slow" aria-label={t('speakSlow')} onClick={() => speak(SLOW_RATE)}><SlowIcon /></button>
            </div>
          )}
          {showGaps && !answered && (
            <p class="sentence sentence-vi cloze" lang="vi" data-testid="cloze">
              {segments.map((s, i) => ('text' in s ? <span key={i}>{s.text}</span> : (
                <span key={i} class="gap" aria-label={t('gap')}>{chosen[s.gap] ?? '\u2003\u2003\u2003'}</span>
              )))}
            </p>
          )}
          {answered && (
            <div class="answer" data-testid="card-back">
              <p class="sentence sentence-vi" lang="vi">{pair.vi}</p>
              {result && <DiffView diff={result.diff} />}
              {result && <p class="hint" data-testid="suggested-rating" data-rating={result.suggested}>{t('suggested', { rating: t(GRADE_LABELS[result.suggested]) })}</p>}
            </div>
          )}
          {!answered && mode === 'type' && (
            <AnswerInput value={typed} onChange={setTyped} method={method} onMethod={setMethod} onSubmit={() => typed.trim() && finish(typed)} />
          )}
          {!answered && (
            <label class="field">
              <span>{t('answerMode')}</span>
              <select data-testid="answer-mode" value={mode} onChange={(e) => switchMode((e.target as HTMLSelectElement).value as AnswerMode)}>
                {ANSWER_MODES.filter((m) => m !== 'choice' || canChoose).map((m) => <option key={m} value={m}>{t(`mode_${m}`)}</option>)}
              </select>
            </label>
          )}
        </article>
      </div>
      {answered ? (
        <RatingBar current={current} onReveal={() => undefined} onRate={rate} suggested={result?.suggested} />
      ) : (
        <div class="actions">
          {mode === 'choice' && (
            <div class="choices">
              {options[chosen.length]?.map((o, i) => (
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

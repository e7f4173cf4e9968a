// "Say it and see your tone": the learner says a word or the sentence, and
// sees each syllable's pitch against its tone, a verdict per syllable and one
// piece of advice. Listening here (microphone.ts), analysis in a worker
// (voice/capture/analyse.ts); the recording lives in this component only,
// until the learner saves it or leaves the card. The first time, a short "ma"
// on a level voice tells Lovi where the learner's voice sits.
import '../../i18n/messages/voice/index.ts';
import './voice.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import { MicrophoneError, startRecording, type MicrophoneProblem, type Recording, type RecordingSession } from '../../voice/capture/microphone.ts';
import { prepareWorker, streamTo, type Stream } from '../../voice/capture/analyse.ts';
import type { Attempt } from '../../voice/attempt.ts';
import { syllables } from '../../exercise/syllable.ts';
import { encodeTonePairs } from '../../history/tone-codes.ts';
import { encodeWav } from '../../voice/wav.ts';
import { saveFile } from '../save-file.ts';
import { speakVietnamese } from '../review/speech.ts';
import { MicIcon, SpeakerIcon } from '../icons.tsx';
import { loadDialect, loadReference, saveReference } from './prefs.ts';
import { voiceTargets } from './targets.ts';
import { ToneChart } from './ToneChart.tsx';

/** A square: stop recording. Drawn here as icons.tsx draws its own, not there (a start-up file): only the practice shows it. */
const StopIcon = () => <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="7" y="7" width="10" height="10" rx="1.5" /></svg>;

/** What the learner says to tune Lovi to their voice: one syllable on the level tone. */
const CALIBRATION = 'ma';

type Phase = 'idle' | 'starting' | 'recording' | 'analysing';
type Again = Extract<Attempt, { kind: 'again' }>['why'];

export function VoicePanel({ sentence, words, onJudged, autoStart }: { sentence: string; words?: readonly string[]; onJudged: (code: string) => void; autoStart?: boolean }) {
  const { t } = useI18n();
  const targets = voiceTargets(sentence, words);
  const [target, setTarget] = useState(targets[0] ?? sentence);
  const [calibrating, setCalibrating] = useState(() => loadReference() === undefined);
  const [justCalibrated, setJustCalibrated] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [level, setLevel] = useState(0);
  const [problem, setProblem] = useState<MicrophoneProblem | 'failed' | null>(null);
  const [again, setAgain] = useState<{ why: Again; n: number } | null>(null);
  const [attempt, setAttempt] = useState<Extract<Attempt, { kind: 'judged' }> | null>(null);
  const recording = useRef<Recording | null>(null);
  const session = useRef<RecordingSession | null>(null);
  // The recording on its way to the worker, piece by piece, while the learner speaks.
  const stream = useRef<Stream | null>(null);
  // Leaving the card mid-recording (or while the microphone is starting) lets go of it, keeping nothing.
  const alive = useRef(true);
  useEffect(() => () => {
    alive.current = false;
    session.current?.cancel();
    stream.current?.drop();
  }, []);

  const start = async () => {
    setProblem(null);
    setAgain(null);
    setPhase('starting');
    try {
      stream.current?.drop();
      stream.current = null;
      const started = await startRecording({
        onLevel: setLevel, onQuiet: () => void stop(),
        onChunk: (chunk, rate) => (stream.current ??= streamTo(rate)).push(chunk),
      });
      if (!alive.current) return started.cancel();
      session.current = started;
      setPhase('recording');
    } catch (e) {
      setProblem(e instanceof MicrophoneError ? e.problem : 'busy');
      setPhase('idle');
    }
  };
  const stop = async () => {
    const s = session.current;
    if (!s) return;
    session.current = null;
    setPhase('analysing');
    setLevel(0);
    const rec = await s.stop();
    recording.current = rec;
    const text = calibrating ? CALIBRATION : target;
    // Nothing heard at all (no chunk came): the stream is one of nothing, and says so.
    const sent = stream.current ?? streamTo(rec.sampleRate);
    stream.current = null;
    try {
      const result = await sent.end({ text, dialect: loadDialect(), ...(calibrating ? {} : { reference: loadReference() }) });
      if (result.kind === 'again') {
        // What was offered to say has no numbers (targets.ts): its syllables are the ones judged.
        setAgain({ why: result.why, n: syllables(text).length });
      } else if (calibrating) {
        saveReference(result.reference);
        setCalibrating(false);
        setJustCalibrated(true);
      } else {
        setJustCalibrated(false);
        setAttempt(result);
        // The log keeps the syllables judged; an unclear one says nothing of the learner's tones.
        onJudged(encodeTonePairs(result.syllables.flatMap((s) => (s.heard ? [{ expected: s.expected, given: s.heard }] : []))));
      }
    } catch {
      setProblem('failed');
    }
    setPhase('idle');
  };
  useEffect(() => {
    // The worker starts while the learner speaks: on a slow phone its start is most of a first answer's wait.
    prepareWorker();
    if (autoStart) void start();
  }, []);

  const replay = () => {
    const rec = recording.current;
    if (!rec) return;
    const context = new AudioContext();
    const buffer = context.createBuffer(1, rec.samples.length, rec.sampleRate);
    buffer.copyToChannel(rec.samples, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    source.onended = () => void context.close();
    source.start();
  };
  const save = () => {
    const rec = recording.current;
    if (rec) saveFile(new Blob([encodeWav(rec.samples, rec.sampleRate)], { type: 'audio/wav' }), `lovi-${target.replace(/\s+/g, '-')}.wav`);
  };

  const busy = phase === 'starting' || phase === 'analysing';
  const listening = phase === 'recording';
  return (
    <div class="voice" data-testid="voice">
      {calibrating ? <p class="hint" data-testid="voice-calibrate">{t('voiceCalibrate')}</p> : targets.length > 1 && (
        <div class="voice-targets" role="group" aria-label={t('voiceTarget')}>
          <span class="voice-targets-label">{t('voiceTarget')}</span>
          {targets.map((x) => (
            <button key={x} class="chip" lang="vi" data-testid="voice-target" aria-pressed={x === target} disabled={listening || busy} onClick={() => {
              setTarget(x);
              setAttempt(null);
            }}>{x === sentence ? t('voiceWhole') : x}</button>
          ))}
        </div>
      )}
      {justCalibrated && <p class="hint" role="status">{t('voiceCalibrated')}</p>}
      <div class="voice-controls">
        <button class={`speak-button voice-record${listening ? ' listening' : ''}`} data-testid="voice-record" aria-pressed={listening} disabled={busy}
          aria-label={t(listening ? 'voiceStop' : 'voiceSayIt')} onClick={() => void (listening ? stop() : start())}>
          {listening ? <StopIcon /> : <MicIcon />}
        </button>
        {!calibrating && <button class="speak-button" data-testid="voice-listen" aria-label={t('speak')} onClick={() => void speakVietnamese(target)}><SpeakerIcon /></button>}
        {listening && (
          <span class="voice-level" data-testid="voice-level" role="meter" aria-label={t('voiceLevel')} aria-valuemin={0} aria-valuemax={1} aria-valuenow={Number(level.toFixed(2))}>
            <span style={{ width: `${Math.round(level * 100)}%` }} />
          </span>
        )}
        <span class="voice-state" role="status">{listening ? t('voiceListening') : phase === 'analysing' ? t('voiceAnalysing') : ''}</span>
      </div>
      {problem && <p class="problem" role="alert" data-testid="voice-problem">{t(`voiceProblem_${problem}` as MessageKey)}</p>}
      {again && <p class="notice" role="status" data-testid="voice-again" data-why={again.why}>{t(`again_${again.why}` as MessageKey, { n: again.n })}</p>}
      {attempt && !again && <Result attempt={attempt} onReplay={replay} onSave={save} />}
      {!calibrating && (
        <button class="link small" data-testid="voice-recalibrate" onClick={() => {
          setCalibrating(true);
          setAttempt(null);
        }}>{t('voiceRecalibrate')}</button>
      )}
      <p class="hint voice-private">{t('voicePrivate')}</p>
    </div>
  );
}

function Result({ attempt, onReplay, onSave }: { attempt: Extract<Attempt, { kind: 'judged' }>; onReplay: () => void; onSave: () => void }) {
  const { t } = useI18n();
  const tone = (x: string) => t(`tone_${x}` as MessageKey);
  const advice = attempt.advice;
  return (
    <div class="voice-result" data-testid="voice-result">
      <ol class="voice-syllables">
        {attempt.syllables.map((s, i) => (
          <li key={i} class={`voice-syllable verdict-${s.verdict}`} data-testid="voice-syllable" data-expected={s.expected} data-heard={s.heard ?? undefined} data-verdict={s.verdict}>
            <span class="voice-text" lang="vi">{s.text}</span>
            <span class="voice-tone" lang="vi">{tone(s.expected)}</span>
            <ToneChart syllable={s} label={t('voiceChart', { syllable: s.text, tone: tone(s.expected) })} />
            <span class="voice-verdict">{s.verdict === 'wrong' ? t('verdict_wrong', { heard: tone(s.heard!) }) : t(`verdict_${s.verdict}`)}</span>
          </li>
        ))}
      </ol>
      <p class="voice-advice" data-testid="voice-advice">
        {advice ? t('voiceAdvice', { syllable: attempt.syllables[advice.syllable]!.text, tone: tone(advice.tone), advice: t(`advice_${advice.kind}`) })
          : attempt.syllables.some((s) => s.verdict === 'unclear') ? t('voiceUnclear') : t('voiceAllRight')}
      </p>
      <div class="voice-after">
        <button class="secondary" data-testid="voice-replay" onClick={onReplay}>{t('voiceReplay')}</button>
        <button class="link small" data-testid="voice-save" onClick={onSave}>{t('voiceSave')}</button>
      </div>
    </div>
  );
}

// `npm run bench:pitch`: the pitch tracker (src/voice/pitch) measured.
// 1. Synthetic voices with known F0 (scripts/fixtures/synthetic-voice.ts):
//    three voices, contours that rise, fall and dip, with a gap; clean and at
//    20, 10 and 5 dB of noise; gross errors (> 20 % off) of voiced frames, the
//    error in cents of the rest (median, p95), frames voiced inside gaps, and
//    milliseconds per second of audio (Node, this machine).
// 2. Against Praat's "To Pitch (ac)" (Debian's praat, the same settings) on
//    espeak-ng syllables of the six tones, two voices, two speeds: the median
//    difference in cents over frames both call voiced, and how often they
//    agree on voicing.
// 3. Tone verdicts (src/voice/judge.ts) on espeak-ng syllables of the six
//    tones, each voice calibrated on its level-tone "ma": share right, the
//    confusion matrix, Northern (voices vi, vi+f2) and Southern (its own voice
//    and shapes, hỏi and ngã one tone); then with white noise at 10 dB: right
//    or "say it again". espeak-ng checks the pipeline, not people's voices:
//    its tones are plain pitch envelopes (no creak, nặng not short).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticVoice, VOWEL_A, VOWEL_I, VOWEL_U } from './fixtures/synthetic-voice.ts';
import { pitchErrors } from './bench/pitch-errors.ts';
import { readWav } from './fixtures/wav.ts';
import { toneSyllables } from './fixtures/tone-syllables.ts';
import { fmt, summarise } from './bench/stats.ts';
import { trackPitch } from '../src/voice/pitch/track.ts';
import { record } from './bench/results.ts';
import { judgeRecording } from '../src/voice/judge.ts';
import { medianPitch } from '../src/voice/contour.ts';
import { TONES, type Dialect, type Tone } from '../src/voice/tones.ts';
import { seededRandom } from './fixtures/corpus.ts';

const RATE = 16_000;
const SEEDS = Number(process.env.BENCH_PITCH_SEEDS ?? 5);
const GOALS = { gross20: 0.02, gross10: 0.05, cents20: 20, praat: 50, tones: 0.9 };
/** One in how many syllables of scripts/fixtures/tone-syllables.ts the verdicts take, chosen at random with a fixed seed (1: all 1,280; a stride would follow the six tones' order and leave some out). */
const EVERY = Number(process.env.BENCH_TONE_EVERY ?? 3);

const contour = (base: number, shape: number) => (t: number): number | null => {
  if (t < 0.1 || t > 1.9 || (t > 0.9 && t < 1.02)) return null;
  const rise = (semitones: number, x: number) => base * 2 ** ((semitones * x) / 12);
  if (shape === 0) return t < 0.9 ? rise(6, (t - 0.1) / 0.8) : rise(-5, Math.sin((Math.PI * (t - 1.02)) / 0.88));
  return t < 0.9 ? rise(-4, (t - 0.1) / 0.8) : rise(3, Math.sin((2 * Math.PI * (t - 1.02)) / 0.88));
};

function synthetic(): void {
  console.log('\n1. synthetic voices (2 s each, ' + SEEDS + ' seeds × 2 contours a row)');
  console.log('| voice | noise | voiced frames | gross errors | cents, median | cents, p95 | voiced in gaps | ms per s of audio, median (p95) |\n|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [label, base, vowel] of [['low, /a/', 95, VOWEL_A], ['middle, /u/', 150, VOWEL_U], ['high, /i/', 260, VOWEL_I]] as const) {
    for (const snrDb of [Infinity, 20, 10, 5]) {
      let frames = 0;
      let gross = 0;
      let inGaps = 0;
      const cents: number[] = [];
      const ms: number[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        for (const shape of [0, 1]) {
          const { samples, truth } = syntheticVoice({ sampleRate: RATE, seconds: 2, f0: contour(base, shape), formants: vowel, snrDb, seed: seed * 7 + shape });
          const t0 = performance.now();
          const track = trackPitch(samples, RATE);
          ms.push((performance.now() - t0) / 2);
          const e = pitchErrors(track, truth);
          frames += e.voicedFrames;
          gross += e.gross * e.voicedFrames;
          inGaps += e.voicedInGaps;
          cents.push(...e.cents);
        }
      }
      const c = summarise(cents);
      const m = summarise(ms);
      const share = gross / frames;
      const goal = snrDb === 20 ? GOALS.gross20 : snrDb === 10 ? GOALS.gross10 : null;
      const mark = goal === null ? '' : share <= goal ? ' (goal met)' : ` (goal ${(goal * 100).toFixed(0)} %: missed)`;
      console.log(`| ${label} ${base} Hz | ${Number.isFinite(snrDb) ? `${snrDb} dB` : 'none'} | ${frames} | ${(share * 100).toFixed(2)} %${mark} | ${c.median.toFixed(1)}${snrDb === 20 ? (c.median <= GOALS.cents20 ? ' (goal met)' : ' (missed)') : ''} | ${c.p95.toFixed(1)} | ${inGaps} | ${fmt(m.median, 1)} (${fmt(m.p95, 1)}) |`);
      record({ bench: 'pitch', figure: `gross pitch errors, ${label}, noise ${snrDb} dB`, scale: { seconds: 2 * SEEDS * 2 }, unit: 'share', summary: summarise([share]), ...(goal !== null ? { goal: { at: 'median' as const, max: goal } } : {}) });
    }
  }
}

function praatTrack(script: string, wav: string, out: string): Map<number, number> {
  execFileSync('praat', ['--run', script, wav, out]);
  const frames = new Map<number, number>();
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const [t, f] = line.trim().split(/\s+/);
    if (t && f && !f.includes('undefined')) frames.set(Math.round(Number(t) * 1000), Number(f));
  }
  return frames;
}

function againstPraat(): void {
  const missing = ['praat', 'espeak-ng'].filter((tool) => {
    try {
      execFileSync('which', [tool]);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    console.log(`\n2. against Praat: skipped (${missing.join(', ')} not installed: apt-get install -y praat espeak-ng)`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'lovi-bench-pitch-'));
  const script = join(work, 'pitch.praat');
  // Praat's settings as src/voice/pitch/options.ts SPEECH has them.
  writeFileSync(script, [
    'form args', '  sentence wav', '  sentence out', 'endform',
    'Read from file: wav$', 'To Pitch (ac): 0.01, 60, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 400',
    'n = Get number of frames', 'writeFile: out$, ""',
    'for i to n', '  t = Get time from frame number: i', '  f = Get value in frame: i, "Hertz"', '  appendFileLine: out$, fixed$(t, 4), " ", fixed$(f, 3)', 'endfor', '',
  ].join('\n'));
  const pick = seededRandom(41);
  const syllables = toneSyllables().filter(() => pick() < 1 / 4);
  console.log(`\n2. against Praat 6 on espeak-ng (${syllables.length} syllables × voices vi, vi+f2 × speeds 120, 175 words a minute)`);
  const diffs: number[] = [];
  let both = 0;
  let agree = 0;
  let frames = 0;
  for (const voice of ['vi', 'vi+f2']) {
    for (const speed of [120, 175]) {
      for (const s of syllables) {
        const wav = join(work, 's.wav');
        execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-w', wav, s.text]);
        const reference = praatTrack(script, wav, join(work, 's.txt'));
        const { samples, sampleRate } = readWav(wav);
        const ours = trackPitch(samples, sampleRate);
        ours.times.forEach((t, i) => {
          const ms = Math.round(t * 1000);
          // Praat's frames are centred on the recording, ours start at its beginning: the nearest within 5 ms.
          let ref: number | undefined;
          for (let d = 0; d <= 5 && ref === undefined; d++) ref = reference.get(ms - d) ?? reference.get(ms + d);
          const f = ours.f0[i]!;
          frames++;
          if ((ref !== undefined) === !Number.isNaN(f)) agree++;
          if (ref !== undefined && !Number.isNaN(f)) {
            both++;
            diffs.push(Math.abs(1200 * Math.log2(f / ref)));
          }
        });
      }
    }
  }
  const d = summarise(diffs);
  console.log('| frames | voiced in both | voicing agrees | difference, cents: median | p95 | over 20 % off |\n|---:|---:|---:|---:|---:|---:|');
  console.log(`| ${frames} | ${both} | ${((100 * agree) / frames).toFixed(1)} % | ${d.median.toFixed(1)} ${d.median <= GOALS.praat ? '(goal met)' : `(goal ${GOALS.praat}: missed)`} | ${d.p95.toFixed(1)} | ${((100 * diffs.filter((x) => x > 1200 * Math.log2(1.2)).length) / both).toFixed(2)} % |`);
  record({ bench: 'pitch', figure: 'difference from Praat on espeak-ng syllables', scale: { frames: both }, unit: 'cents', summary: d, goal: { at: 'median', max: GOALS.praat } });
  rmSync(work, { recursive: true, force: true });
}

/** White noise added at `snrDb` below the power of the loud part (within 20 dB of the peak sample's frame). */
function withNoise(samples: Float32Array, snrDb: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  let power = 0;
  let n = 0;
  const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  for (const v of samples) if (Math.abs(v) > peak * 0.05) (power += v * v), n++;
  const sd = Math.sqrt(power / Math.max(1, n) / 10 ** (snrDb / 10));
  return samples.map((v) => v + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

function toneVerdicts(): void {
  try {
    execFileSync('which', ['espeak-ng']);
  } catch {
    console.log('\n3. tone verdicts: skipped (espeak-ng not installed)');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'lovi-bench-tones-'));
  const pick = seededRandom(23);
  const syllables = toneSyllables().filter(() => pick() < 1 / EVERY);
  const rows: [string, Dialect, string[], number | null][] = [
    ['Northern, clean', 'north', ['vi', 'vi+f2'], null], ['Northern, 10 dB noise', 'north', ['vi', 'vi+f2'], 10],
    ['Southern, clean', 'south', ['vi-vn-x-south'], null],
  ];
  console.log(`\n3. tone verdicts on espeak-ng (${syllables.length} syllables × voices × speeds 120, 175)`);
  for (const [label, dialect, voices, noise] of rows) {
    const confusion = new Map<string, number>();
    let right = 0;
    let again = 0;
    let total = 0;
    const ms: number[] = [];
    for (const voice of voices) {
      for (const speed of [120, 175]) {
        const wav = join(work, 's.wav');
        const say = (text: string, seed: number) => {
          execFileSync('espeak-ng', ['-v', voice, '-s', String(speed), '-w', wav, text]);
          const { samples, sampleRate } = readWav(wav);
          return { samples: noise === null ? samples : withNoise(samples, noise, seed), sampleRate };
        };
        // The calibration: the learner says a level tone first.
        const cal = say('ma', 1);
        const reference = medianPitch(trackPitch(cal.samples, cal.sampleRate));
        syllables.forEach((s, k) => {
          const { samples, sampleRate } = say(s.text, k + 2);
          const t0 = performance.now();
          const result = judgeRecording(samples, sampleRate, [s.tone as Tone], dialect, reference);
          ms.push(performance.now() - t0);
          total++;
          if (result.kind === 'again') {
            again++;
            confusion.set(`${s.tone}>again`, (confusion.get(`${s.tone}>again`) ?? 0) + 1);
            return;
          }
          // One syllable: judged (a recording with none clear is refused above).
          const j = result.syllables[0]!.judgement!;
          if (j.verdict === 'right') right++;
          confusion.set(`${s.tone}>${j.heard}`, (confusion.get(`${s.tone}>${j.heard}`) ?? 0) + 1);
        });
      }
    }
    const share = right / total;
    const counted = noise === null ? share : (right + again) / total;
    const mark = counted >= GOALS.tones ? '(goal met)' : `(goal ${GOALS.tones * 100} %: missed)`;
    console.log(`\n${label}: ${right} of ${total} right (${(100 * share).toFixed(1)} %)${noise === null ? ` ${mark}` : `, ${again} "say it again" (right or again: ${(100 * counted).toFixed(1)} % ${mark})`}; judging took ${fmt(summarise(ms).median, 1)} ms median, ${fmt(summarise(ms).p95, 1)} p95 per syllable`);
    const heard = [...(dialect === 'south' ? TONES.filter((t) => t !== 'nga') : TONES), 'again'];
    console.log(`| said \\ heard | ${heard.join(' | ')} |\n|---|${heard.map(() => '---:').join('|')}|`);
    for (const said of TONES) console.log(`| ${said} | ${heard.map((h) => confusion.get(`${said}>${h}`) ?? 0).join(' | ')} |`);
    record({ bench: 'pitch', figure: `tone verdicts right on espeak-ng, ${label}${noise === null ? '' : ' (right or say it again)'}`, scale: { syllables: total }, unit: 'share', summary: summarise([counted]) });
  }
  rmSync(work, { recursive: true, force: true });
}

console.log(`pitch benchmark — Node ${process.version}, ${new Date().toISOString()}`);
synthetic();
againstPraat();
toneVerdicts();

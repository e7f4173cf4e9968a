// The tone picture (stats/tone-tally.ts, from the day summaries of the last
// year): how often a checked answer had a tone wrong, and which tone was
// given for which, typed or chosen, and said: a table each, every cell shaded
// by its share of the row (what the learner meant to give), the commonest
// confusion named under it.
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import { TONES, type Tone } from '../../exercise/tones.ts';
import type { TonePicture } from '../../stats/tone-picture.ts';

export function ToneFigures({ picture }: { picture: TonePicture }) {
  const { t, lang } = useI18n();
  const pct = (x: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const spokenTotal = sum(TONES.map((e) => sum(TONES.map((g) => picture.spoken[e][g]))));
  return (
    <section class="tone-figures" data-testid="stat-tones" data-checked={picture.checked} data-tone-wrong={picture.toneWrong} aria-labelledby="tones-heading">
      <h3 id="tones-heading">{t('statTones')}</h3>
      {picture.checked === 0 && spokenTotal === 0 ? <p class="hint">{t('statTonesNone')}</p> : (
        <>
          {picture.checked > 0 && (
            <p>{t('statTonesShare', { checked: picture.checked, wrong: picture.toneWrong, share: pct(picture.toneWrong / picture.checked), ofMistakes: pct(picture.mistaken ? picture.toneWrong / picture.mistaken : 0) })}</p>
          )}
          <Confusions title={t('statTonesTyped')} counts={picture.typed} testId="stat-tones-typed" offDiagonalOnly />
          <Confusions title={t('statTonesSpoken')} counts={picture.spoken} testId="stat-tones-spoken" />
        </>
      )}
    </section>
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function Confusions({ title, counts, testId, offDiagonalOnly }: { title: string; counts: Record<Tone, Record<Tone, number>>; testId: string; offDiagonalOnly?: boolean }) {
  const { t } = useI18n();
  const tone = (x: Tone) => t(`tone_${x}` as MessageKey);
  const rows = TONES.filter((e) => sum(TONES.map((g) => counts[e][g])) > 0);
  if (rows.length === 0) return null;
  let worst: { e: Tone; g: Tone; n: number } | null = null;
  for (const e of TONES) for (const g of TONES) if (e !== g && counts[e][g] > (worst?.n ?? 0)) worst = { e, g, n: counts[e][g] };
  return (
    <figure class="chart tone-confusions" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <table>
        <thead>
          <tr><th scope="col"><span class="visually-hidden">{t('statTonesExpected')}</span></th>{TONES.map((g) => <th key={g} scope="col" lang="vi">{tone(g)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const total = sum(TONES.map((g) => counts[e][g]));
            return (
              <tr key={e}>
                <th scope="row" lang="vi">{tone(e)}</th>
                {TONES.map((g) => {
                  const n = counts[e][g];
                  const share = total ? n / total : 0;
                  const level = n === 0 ? 0 : Math.min(4, 1 + Math.floor(share * 4));
                  return <td key={g} class={`heat-cell heat-bg-${level}${e === g && !offDiagonalOnly ? ' tone-same' : ''}`} data-expected={e} data-given={g}>{n || ''}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">{worst ? t('statTonesMost', { expected: tone(worst.e), given: tone(worst.g), n: worst.n }) : t('statTonesNoConfusion')}</p>
    </figure>
  );
}

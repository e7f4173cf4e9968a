// "Practise tones": single syllables from the deck's words, one tone after
// another, each said into the microphone and judged like a card's words
// (VoicePanel, which also plays the syllable to compare). Practice only:
// nothing is rated, nothing goes into the log.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import type { DrillSyllable } from '../../voice/drill.ts';
import { now } from '../../clock.ts';
import type { Store } from '../store.ts';
// The panel brings the practice's messages; both load together (VoiceEntry.tsx loads the panel alone).
import { VoicePanel } from './VoicePanel.tsx';

export function ToneDrill({ deckId, store, onClose }: { deckId: string; store: Store; onClose: () => void }) {
  const { t } = useI18n();
  const [deal, setDeal] = useState<DrillSyllable[] | null>(null);
  const [at, setAt] = useState(0);
  useEffect(() => {
    void store.data.drillSyllables(deckId, now().getTime()).then(setDeal, () => setDeal([]));
  }, [deckId]);
  if (!deal) return <p>{t('loading')}</p>;
  const s = deal[at];
  return (
    <div class="tone-drill" data-testid="tone-drill">
      <h3>{t('drillHeading')}</h3>
      {!s ? <p class="hint">{t('drillEmpty')}</p> : (
        <>
          <p class="hint">{t('drillPrompt')}</p>
          <p class="drill-syllable">
            <span class="sentence" lang="vi" data-testid="drill-syllable" data-tone={s.tone}>{s.text}</span>
            <span class="drill-tone" lang="vi">{t(`tone_${s.tone}` as MessageKey)}</span>
          </p>
          <VoicePanel key={s.text} sentence={s.text} words={[]} onJudged={() => undefined} />
          <p class="drill-count">{t('drillCount', { n: at + 1, total: deal.length })}</p>
          <button class="secondary" data-testid="drill-next" onClick={() => setAt((at + 1) % deal.length)}>{t('drillNext')}</button>
        </>
      )}
      <button class="link small" data-testid="drill-close" onClick={onClose}>{t('drillDone')}</button>
    </div>
  );
}

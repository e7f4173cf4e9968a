// A deck's menu on the home screen (loaded when a menu first opens): the
// "practise tones" drill, the kinds of card it studies, download it as a file; for the learner's own
// decks, delete it, after a confirmation that says what would be lost.
import '../i18n/messages/study-data/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { CardKind, DeckSummary } from '../deck/types.ts';
import { CARD_KINDS } from '../deck/identity.ts';
import { saveFile } from './save-file.ts';
import type { Store } from './store.ts';
import { lazyScreen } from './lazy.tsx';

// The drill is the voice practice's (not precached: src/sw/kept-files.ts), loaded when opened.
const LazyToneDrill = lazyScreen(() => import('./voice/ToneDrill.tsx').then((m) => m.ToneDrill));

/** Which kinds of card the deck studies; dictation only where the device has a Vietnamese voice. */
function DeckKinds({ deckId, store }: { deckId: string; store: Store }) {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<CardKind[] | null>(null);
  useEffect(() => {
    void store.data.deckKinds(deckId).then(setKinds);
  }, [deckId]);
  if (!kinds) return null;
  return (
    <fieldset class="kinds" data-testid="setting-kinds">
      <legend>{t('kindsHeading')}</legend>
      {CARD_KINDS.map((k) => (
        <label key={k} class="check-row">
          <input type="checkbox" data-testid={`kind-${k}`} checked={kinds.includes(k)} disabled={k === 'dictation' && !store.canSpeak && !kinds.includes(k)}
            onChange={(e) => setKinds((e.target as HTMLInputElement).checked ? [...kinds, k] : kinds.filter((x) => x !== k))} />
          <span>{t(`kind_${k}`)}</span>
        </label>
      ))}
      {!store.canSpeak && <p class="hint" data-testid="no-voice-kinds">{t('noVietnameseVoice')}</p>}
      <button class="secondary" data-testid="apply-kinds" disabled={kinds.length === 0} onClick={() => void store.data.setKinds(deckId, kinds)}>{t('applyKinds')}</button>
    </fieldset>
  );
}

/** What the deck's menu holds, loaded the first time a menu opens. */
export function DeckMenuPanel({ deck, store, own, onClose }: { deck: DeckSummary; store: Store; own: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<{ studied: number } | null>(null);
  const [erase, setErase] = useState(false);
  const [drilling, setDrilling] = useState(false);
  if (drilling) return <div class="menu-panel"><LazyToneDrill deckId={deck.id} store={store} onClose={() => setDrilling(false)} /></div>;
  if (confirming) {
    return (
      <div class="menu-panel" role="alertdialog" aria-labelledby={`delete-${deck.id}`}>
        <p id={`delete-${deck.id}`}>{t('deleteConfirm', { title: deck.title.lo, n: confirming.studied })}</p>
        <label class="check-row">
          <input type="checkbox" data-testid="erase-history" checked={erase} onChange={(e) => setErase((e.target as HTMLInputElement).checked)} />
          <span>{t('eraseHistory')}</span>
        </label>
        <button class="primary danger" data-testid="confirm-delete" onClick={() => void store.data.deleteDeck(deck.id, erase).then(onClose)}>{t('confirmDelete')}</button>
        <button class="secondary" onClick={onClose}>{t('cancel')}</button>
      </div>
    );
  }
  return (
    <div class="menu-panel">
      <button class="secondary" data-testid="practise-tones" onClick={() => setDrilling(true)}>{t('drillOpen')}</button>
      <DeckKinds deckId={deck.id} store={store} />
      <button class="secondary" data-testid="export-deck" onClick={() => void store.data.exportDeck(deck.id, deck.title.lo).then(({ blob, name }) => saveFile(blob, name))}>
        {t('exportDeck')}
      </button>
      {own && (
        <button class="secondary danger" data-testid="delete-deck" onClick={() => void store.data.studiedCards(deck.id).then((studied) => setConfirming({ studied }))}>
          {t('deleteDeck')}
        </button>
      )}
    </div>
  );
}

// A deck's "⋯" button on the home screen; what the menu holds loads when it first opens (DeckMenuPanel.tsx).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { DeckSummary } from '../deck/types.ts';
import { MoreIcon } from './icons.tsx';
import { lazyScreen } from './lazy.tsx';
import type { Store } from './store.ts';

const LazyPanel = lazyScreen(() => import('./DeckMenuPanel.tsx').then((m) => m.DeckMenuPanel));

export function DeckMenu({ deck, store, own }: { deck: DeckSummary; store: Store; own: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div class="deck-menu">
      <button class="link" data-testid={`deck-menu-${deck.id}`} aria-expanded={open} aria-label={t('deckMenu')} onClick={() => setOpen(!open)}>
        <MoreIcon />
      </button>
      {open && <LazyPanel deck={deck} store={store} own={own} onClose={() => setOpen(false)} />}
    </div>
  );
}

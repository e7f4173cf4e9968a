// A Vietnamese sentence on a card, with the words new to the learner marked
// (underlined and bold, not colour alone) when the sentence was chosen for
// them by what they know (src/vocab/new-order.ts): what to focus on.
import { useMemo } from 'preact/hooks';
import { markWords } from '../../vocab/marks.ts';
import { Queue } from '../../schedule/queue.ts';
import { isPlanned } from '../../schedule/new-order.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { CardRecord, PairRecord } from '../../storage/schema.ts';

/** The words to mark: those of a new card's sentence chosen today (its cards were moved to the front, sort keys below 0). */
export function newWordsOf(card: CardRecord, pair: PairRecord): readonly string[] {
  return card.queue === Queue.New && isPlanned(card) ? pair.newWords ?? [] : [];
}

export function VietnameseSentence({ text, newWords = [] }: { text: string; newWords?: readonly string[] }) {
  const pieces = useMemo(() => markWords(text, newWords), [text, newWords]);
  return (
    <p class="sentence sentence-vi" lang="vi">
      {pieces.map((p, i) => (p.word ? <mark key={i} class="new-word" data-testid="unknown-word">{p.text}</mark> : p.text))}
    </p>
  );
}

/** Under the card's prompt, when its sentence has marked words: what the marks mean. */
export function NewWordsHint({ words }: { words: readonly string[] }) {
  const { t } = useI18n();
  return words.length ? <p class="hint new-words-hint" data-testid="new-words-hint">{t('newWordsHint')}</p> : null;
}

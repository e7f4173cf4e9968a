// The exercises of a deck, planned when it is compiled (the compiler sees the
// whole deck; a card under review sees one pair): for each pair, the words a
// cloze hides and the wrong options offered beside each; and each sentence as
// words. Pure.
import { choiceOptions, chooseCloze, distractors, optionIndex } from './cloze.ts';
import { syllables } from './syllable.ts';
import { deckWordsAndSentences, splitSentence, type Word } from './words.ts';

export interface ExercisePlan {
  /** The words hidden, as written in the sentence (one, or two in a long sentence). */
  cloze: string[];
  /** For each hidden word, the four options of a choice in their order (the word among them). */
  options: string[][];
}

const asWord = (text: string): Word => ({ text, key: text.toLowerCase(), at: 0, length: syllables(text).length });

/** `marked[i]`: words the deck author chose for pair i ({{c1::…}}), which win over the rule. */
export function planExercises(vi: readonly string[], ids: readonly string[], marked: readonly (string[] | undefined)[] = []): { plans: ExercisePlan[]; words: Word[][] } {
  // Each sentence is split once (the compiler's text is NFC already) and its words reused by every pass.
  const split = vi.map(splitSentence);
  const { deck, words } = deckWordsAndSentences(split);
  const index = optionIndex(deck);
  const plans = vi.map((sentence, i) => {
    const chosen = marked[i]?.length ? marked[i]!.map(asWord) : chooseCloze(words[i]!, deck);
    // optionKey of the sentence, from its syllables (NFC text: the same, without a regular expression over it again).
    const sentenceKey = chosen.length ? split[i]!.keys.join(' ') : '';
    return {
      cloze: chosen.map((w) => w.text),
      options: chosen.map((w) => {
        const wrong = distractors(w, sentence, index, ids[i]!, [], 3, sentenceKey);
        return wrong.length === 3 ? choiceOptions(w, wrong, ids[i]!).options : [];
      }),
    };
  });
  // The sentences as words too: the compiler keeps each pair's learnable words (src/vocab/).
  return { plans, words };
}

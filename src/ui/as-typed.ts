// The props of every text box whose text must stay exactly as the learner typed it (the
// answer box, the pair editor, search): a phone keyboard that "corrects" Vietnamese typed
// with Telex turns "vieetj" into something else before the input method sees it, and a
// corrected answer is graded as the learner's.
//
// autocorrect needs care. Chromium 156 gave inputs and text areas a boolean `autocorrect`
// property (Safari has long had one); Preact sets a property wherever the element has one,
// so autocorrect="off" became `el.autocorrect = "off"`, a non-empty string, which is true,
// and the attribute then reads "on". Where the property exists it is given a boolean;
// elsewhere the attribute is written, "off". Both then say off, on old engines and new.
// The others of the kind behave as written: autocapitalize and autocomplete are string
// properties that take "off", spellcheck a boolean, enterkeyhint and inputmode attributes.
type Box = 'input' | 'textarea';

const hasProperty = (box: Box): boolean => typeof document !== 'undefined' && 'autocorrect' in document.createElement(box);
const HAS_AUTOCORRECT_PROPERTY = { input: hasProperty('input'), textarea: hasProperty('textarea') };

export function asTyped(box: Box) {
  return {
    autocomplete: 'off' as const,
    // Preact's types know the attribute (a string) only; the property wants the boolean.
    autocorrect: (HAS_AUTOCORRECT_PROPERTY[box] ? false : 'off') as unknown as string,
    autocapitalize: 'off' as const,
    spellcheck: false,
  };
}

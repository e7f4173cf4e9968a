// The answer box: Vietnamese typed on any phone. The built-in input method
// (Telex by default, VNI, or off for a keyboard that writes Vietnamese) turns
// each key typed at the end into letters and tones; the buttons under the box
// add a tone or a letter mark to the word before the caret. The phone's own
// keyboard must not "correct" the answer (as-typed.ts).
import { useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import { addMark, typeKey, type InputMethod, type MarkButton } from '../../exercise/input-method.ts';
import { TONE_MARK, type Tone } from '../../exercise/syllable.ts';
import { INPUT_METHODS, saveInputMethod } from './prefs.ts';
import { asTyped } from '../as-typed.ts';

const TONES = Object.keys(TONE_MARK) as Exclude<Tone, 'ngang'>[];
const LETTERS: MarkButton[] = ['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư'];
/** Each tone shown on the letter a: what a learner sees on a Vietnamese keyboard. */
const toneLabel = (t: Exclude<Tone, 'ngang'>) => `a${TONE_MARK[t]}`.normalize('NFC');

export function AnswerInput({ value, onChange, method, onMethod, onSubmit }: {
  value: string; onChange: (v: string) => void; method: InputMethod; onMethod: (m: InputMethod) => void; onSubmit: () => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  // What the box held before this input: a key added at its end goes through the input method.
  const before = useRef(value);
  before.current = value;

  const onInput = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const next = el.value;
    const old = before.current;
    const caretAtEnd = el.selectionStart === next.length;
    const typed = next.startsWith(old) && caretAtEnd ? next.slice(old.length) : null;
    const out = typed !== null ? [...typed].reduce((text, key) => typeKey(text, key, method), old) : next;
    if (out !== next) el.value = out;
    onChange(out);
  };
  const mark = (button: MarkButton) => {
    const el = input.current!;
    const { text, caret } = addMark(value, el.selectionStart ?? value.length, button);
    onChange(text);
    el.value = text;
    el.focus();
    el.setSelectionRange(caret, caret);
  };

  return (
    <div class="answer-input">
      <label class="field-block">
        <span>{t('answerLabel')}</span>
        <input ref={input} class="search" lang="vi" data-testid="answer-input" value={value} onInput={onInput}
          {...asTyped('input')} enterkeyhint="done"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSubmit();
            }
          }} />
      </label>
      <div class="tone-bar" role="group" aria-label={t('toneBar')} data-testid="tone-bar">
        {TONES.map((tone) => (
          <button key={tone} type="button" class="mark" lang="vi" aria-label={t(`tone_${tone}`)} onClick={() => mark(tone)}>{toneLabel(tone)}</button>
        ))}
        {LETTERS.map((l) => <button key={l} type="button" class="mark" lang="vi" onClick={() => mark(l)}>{l}</button>)}
      </div>
      <label class="field">
        <span>{t('inputMethod')}</span>
        <select data-testid="input-method" value={method} onChange={(e) => {
          const m = (e.target as HTMLSelectElement).value as InputMethod;
          saveInputMethod(m);
          onMethod(m);
        }}>
          {INPUT_METHODS.map((m) => <option key={m} value={m}>{t(`im_${m}`)}</option>)}
        </select>
      </label>
    </div>
  );
}

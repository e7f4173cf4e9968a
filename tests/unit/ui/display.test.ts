// The theme and sentence size are applied twice: by src/ui/display-boot.js
// before the first paint, and by src/ui/display.ts when the app starts or the
// learner changes them. Both must read the same saved value the same way.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { applyDisplay, DISPLAY_KEY, loadDisplay, saveDisplay, THEME_COLORS } from '../../../src/ui/display.ts';

const BOOT = readFileSync(new URL('../../../src/ui/display-boot.js', import.meta.url), 'utf8');

/** The little of a page both need: storage, the system theme, <html> and the theme-color meta. */
function fakePage(saved: string | null, systemDark: boolean) {
  const attributes: Record<string, string> = {};
  const styles: Record<string, string> = {};
  const meta = { content: '', setAttribute: (_: string, v: string) => { meta.content = v; } };
  const store = new Map<string, string>(saved === null ? [] : [[DISPLAY_KEY, saved]]);
  return {
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
    matchMedia: () => ({ matches: systemDark, addEventListener() {} }),
    document: {
      documentElement: { setAttribute: (k: string, v: string) => { attributes[k] = v; }, style: { setProperty: (k: string, v: string) => { styles[k] = v; } } },
      querySelector: () => meta,
    },
    seen: () => ({ theme: attributes['data-theme'], scale: styles['--text-scale'], color: meta.content }),
  };
}

const SAVED = [null, '', 'not json', 'null', '{}', '{"theme":"dark"}', '{"theme":"light","textSize":150}', '{"theme":"system","textSize":200}',
  '{"theme":"purple","textSize":999}', '{"textSize":"130"}', '{"textSize":175}'];

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('display settings', () => {
  for (const saved of SAVED) {
    for (const systemDark of [false, true]) {
      it(`boot script and app agree for ${saved} with a ${systemDark ? 'dark' : 'light'} phone`, () => {
        const boot = fakePage(saved, systemDark);
        runInNewContext(BOOT, boot);
        const app = fakePage(saved, systemDark);
        (globalThis as { localStorage?: unknown }).localStorage = app.localStorage;
        applyDisplay(loadDisplay(), app.document as unknown as Document, systemDark);
        expect(boot.seen()).toEqual(app.seen());
        expect(Object.values(THEME_COLORS)).toContain(boot.seen().color);
      });
    }
  }

  it('reads back what it saved, and the defaults from anything else', () => {
    const page = fakePage(null, false);
    (globalThis as { localStorage?: unknown }).localStorage = page.localStorage;
    expect(loadDisplay()).toEqual({ theme: 'system', textSize: 100 });
    saveDisplay({ theme: 'dark', textSize: 175 });
    expect(loadDisplay()).toEqual({ theme: 'dark', textSize: 175 });
    page.localStorage.setItem(DISPLAY_KEY, '{"theme":"dark","textSize":12}');
    expect(loadDisplay()).toEqual({ theme: 'dark', textSize: 100 });
  });
});

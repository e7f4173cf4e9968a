// Checks run inside the page: what a learner sees, measured from the computed
// styles and boxes the browser laid out.
import type { Page } from 'playwright-core';

export interface Box { x: number; y: number; width: number; height: number }

/** The element's box in viewport coordinates, and whether it lies wholly inside the viewport. */
export async function boxInViewport(page: Page, testId: string): Promise<{ box: Box; inside: boolean }> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5;
    return { box: { x: r.x, y: r.y, width: r.width, height: r.height }, inside };
  });
}

/** How far the page itself scrolls, each way (0 when only inner areas scroll). */
export async function pageOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const d = document.documentElement;
    return { x: d.scrollWidth - d.clientWidth, y: d.scrollHeight - d.clientHeight };
  });
}

export interface LowContrast { text: string; ratio: number; color: string; background: string }

/**
 * Every visible element with text of its own, whose colour has less than `min`
 * contrast (WCAG 2 formula) against the background behind it (the nearest
 * ancestor with an opaque background colour, alpha composited).
 */
export async function lowContrast(page: Page, min = 4.5): Promise<{ checked: number; failures: LowContrast[] }> {
  return page.evaluate((min) => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/[\d.]+/g)!.map(Number);
      return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!));
    const background = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      let colour = [255, 255, 255];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const failures: { text: string; ratio: number; color: string; background: string }[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
      if (!own) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      // Hidden, or visually hidden for screen readers only (1 px, clipped).
      if (style.visibility === 'hidden' || style.display === 'none' || r.width <= 1 || r.height <= 1) continue;
      if (el.closest('option, svg')) continue;
      const fg = parse(style.color);
      const bg = background(el);
      const colour = over(fg, bg);
      const [a, b] = [lum(colour), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      checked++;
      if (ratio < min) failures.push({ text: own.slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.map(Math.round).join(', ')})` });
    }
    return { checked, failures };
  }, min);
}

/** Controls smaller than `min` × `min` CSS px that a finger must hit (visually hidden inputs are reached through their label). */
export async function smallTargets(page: Page, min = 48): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, select, a[href], input, label.check, label.file-button')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      // A checkbox is hit through its label, which is the target measured.
      if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.closest('label')) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) small.push(`${el.dataset.testid ?? el.tagName.toLowerCase()} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  }, min);
}

export interface Correction { autocorrect: string | null; autocorrectProperty: boolean | 'absent'; autocapitalize: string | null; spellcheck: boolean }

/**
 * What a phone keyboard is told about correcting a text box, as the engine itself reads it:
 * the attributes, and the `autocorrect` property where this Chromium has one (156 does; it is
 * the property a keyboard follows, and it can say on while the markup says off).
 */
export async function correction(page: Page, testId: string): Promise<Correction> {
  return page.getByTestId(testId).evaluate((el) => ({
    autocorrect: el.getAttribute('autocorrect'),
    autocorrectProperty: 'autocorrect' in el ? (el as unknown as { autocorrect: boolean }).autocorrect : 'absent' as const,
    autocapitalize: el.getAttribute('autocapitalize'),
    spellcheck: (el as HTMLElement).spellcheck,
  }));
}

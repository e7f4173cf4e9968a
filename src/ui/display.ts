// How the app looks on this device: the colour theme and the size of the
// sentences (device preferences, like the UI language).
import { readPref, writePref } from '../device-prefs.ts';
//
// src/ui/display-boot.js applies the same before the first paint (a module
// script runs too late to avoid a flash of the wrong theme); a unit test keeps
// the two in step.

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Sentence sizes, in percent of the normal size: the settings offer each step. */
export const TEXT_SIZES = [100, 115, 130, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Display {
  theme: Theme;
  textSize: TextSize;
}

export const DEFAULT_DISPLAY: Display = { theme: 'system', textSize: 100 };

/** The browser bar's colour in each theme: the header's. */
export const THEME_COLORS = { light: '#b3261e', dark: '#2b1a19' } as const;

export const DISPLAY_KEY = 'lovi.display';

export function loadDisplay(): Display {
  try {
    const saved = JSON.parse(readPref(DISPLAY_KEY) ?? '{}') as Partial<Display> | null;
    return {
      theme: THEMES.includes(saved?.theme as Theme) ? saved!.theme! : DEFAULT_DISPLAY.theme,
      textSize: TEXT_SIZES.includes(saved?.textSize as TextSize) ? saved!.textSize! : DEFAULT_DISPLAY.textSize,
    };
  } catch {
    return DEFAULT_DISPLAY;
  }
}

export function saveDisplay(display: Display): void {
  writePref(DISPLAY_KEY, JSON.stringify(display));
}

export const systemDark = (): MediaQueryList => matchMedia('(prefers-color-scheme: dark)');

/** Shows the page in `display`: the theme on <html data-theme>, the size as --text-scale, the browser bar's colour. */
export function applyDisplay(display: Display, doc: Document = document, dark = systemDark().matches): void {
  const theme = display.theme === 'system' ? (dark ? 'dark' : 'light') : display.theme;
  const root = doc.documentElement;
  root.setAttribute('data-theme', theme);
  root.style.setProperty('--text-scale', String(display.textSize / 100));
  doc.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLORS[theme]);
}

/**
 * At start: apply the display again (display-boot.js did before the first paint; this
 * keeps the page right should it have failed) and, with the "system" theme, follow the
 * phone when it switches between light and dark (at dusk, say).
 */
export function startDisplay(): void {
  applyDisplay(loadDisplay());
  systemDark().addEventListener('change', () => applyDisplay(loadDisplay()));
}

// In the page (passed to page.evaluate, so self-contained): rate n cards Good,
// each timed from the tap until the next card is in the DOM and painted.
// Shared by the review and sync benchmarks.

/** When the tap was (epoch ms, to set beside events outside the page) and how long until the next card showed. */
export interface RatingTime {
  at: number;
  ms: number;
}

/** In the page: reveal, tap Good, time until the next card is in the DOM and painted. */
export async function rateLoop(n: number): Promise<RatingTime[]> {
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const until = (ok: () => boolean) => new Promise<void>((resolve) => {
    if (ok()) return resolve();
    const mo = new MutationObserver(() => {
      if (ok()) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const times: RatingTime[] = [];
  for (let i = 0; i < n; i++) {
    const reveal = $('reveal');
    if (!reveal) break;
    reveal.click();
    // The ratings ignore taps for a moment after the answer appears (a double tap on "show answer" must not rate).
    await until(() => $('rate-3') !== null && !($('rate-3') as HTMLButtonElement).disabled);
    const t0 = performance.now();
    const at = Date.now();
    $('rate-3')!.click();
    await until(() => $('reveal') !== null || $('done-today') !== null);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    times.push({ at, ms: performance.now() - t0 });
  }
  return times;
}

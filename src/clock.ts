// The one clock. Everything that needs "now" asks here, so tests can move
// time (the browser tests install Playwright's fake clock, which this reads).
export function now(): Date {
  return new Date();
}

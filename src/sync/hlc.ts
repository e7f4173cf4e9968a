// A hybrid logical clock (Kulkarni et al.; Actual's `packages/crdt` is the
// model): what orders two edits of one document made on two devices, even when
// their clocks disagree. A stamp is the wall time in ms, a counter for edits
// within one ms (or while the wall clock lags what was seen), and the device's
// name; written as text that sorts as the stamps do, so the later edit is the
// greater string. A device that receives a stamp from a clock running ahead
// moves its own clock past it: its next edit is later still, so an edit from a
// phone a day ahead wins only until another device that has seen it edits
// again. Time is passed in; nothing here reads a clock.

export interface Stamp {
  readonly ms: number;
  readonly counter: number;
  readonly device: string;
}

/** Counters above this carry into the ms (never an error: a clock that lags still orders edits). */
const MAX_COUNTER = 0xffff;
const MS_DIGITS = 15;

export function zeroStamp(device: string): Stamp {
  return { ms: 0, counter: 0, device };
}

/** The clock after a local edit at wall time `wall`: the stamp that edit gets. */
export function tick(clock: Stamp, wall: number): Stamp {
  const ms = Math.max(clock.ms, Math.floor(wall));
  return carry({ ms, counter: ms === clock.ms ? clock.counter + 1 : 0, device: clock.device });
}

/** The clock after seeing another device's stamp `seen` at wall time `wall`. */
export function receive(clock: Stamp, seen: Stamp, wall: number): Stamp {
  const ms = Math.max(clock.ms, seen.ms, Math.floor(wall));
  const counter = ms === clock.ms && ms === seen.ms ? Math.max(clock.counter, seen.counter) + 1
    : ms === clock.ms ? clock.counter + 1
      : ms === seen.ms ? seen.counter + 1
        : 0;
  return carry({ ms, counter, device: clock.device });
}

function carry(s: Stamp): Stamp {
  return s.counter > MAX_COUNTER ? { ms: s.ms + 1, counter: 0, device: s.device } : s;
}

/** `000001764671234567-0001-<device>`: sorts as text exactly as the stamps are ordered. */
export function formatStamp(s: Stamp): string {
  return `${String(s.ms).padStart(MS_DIGITS, '0')}-${s.counter.toString(16).padStart(4, '0')}-${s.device}`;
}

export function parseStamp(text: string): Stamp | null {
  const m = /^(\d{15})-([0-9a-f]{4})-(.+)$/.exec(text);
  return m ? { ms: Number(m[1]), counter: parseInt(m[2]!, 16), device: m[3]! } : null;
}

/** The later of two stamps' texts (ties cannot happen between devices: the device's name is part of it). */
export function later(a: string, b: string): string {
  return a >= b ? a : b;
}

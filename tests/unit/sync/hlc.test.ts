import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatStamp, later, parseStamp, receive, tick, zeroStamp, type Stamp } from '../../../src/sync/hlc.ts';

const DAY = 86_400_000;
const T = Date.parse('2026-12-01T03:00:00Z');

describe('the hybrid logical clock', () => {
  it('orders a device\'s edits even when its wall clock stands still or goes back', () => {
    let clock = zeroStamp('phone');
    const stamps: string[] = [];
    for (const wall of [T, T, T - 5000, T + 1, T + 1]) {
      clock = tick(clock, wall);
      stamps.push(formatStamp(clock));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('puts an edit made after seeing a stamp from a clock a day ahead after that stamp', () => {
    const ahead = tick(zeroStamp('ahead'), T + DAY);
    const phone = receive(tick(zeroStamp('phone'), T), ahead, T + 60_000);
    const next = tick(phone, T + 120_000);
    expect(later(formatStamp(next), formatStamp(ahead))).toBe(formatStamp(next));
    // Its own wall clock takes over again once it passes what was seen.
    expect(tick(next, T + DAY + 10).ms).toBe(T + DAY + 10);
  });

  it('carries a full counter into the ms rather than failing', () => {
    const full: Stamp = { ms: T, counter: 0xffff, device: 'x' };
    expect(tick(full, T - 1)).toEqual({ ms: T + 1, counter: 0, device: 'x' });
  });

  it('sorts as text exactly as by (ms, counter, device), and reads back what it wrote', () => {
    const stamp = fc.record({ ms: fc.integer({ min: 0, max: 4e12 }), counter: fc.integer({ min: 0, max: 0xffff }), device: fc.stringMatching(/^[0-9a-z]{12}$/) });
    fc.assert(fc.property(stamp, stamp, (a, b) => {
      expect(parseStamp(formatStamp(a))).toEqual(a);
      const byFields = a.ms - b.ms || a.counter - b.counter || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0);
      const byText = formatStamp(a) < formatStamp(b) ? -1 : formatStamp(a) > formatStamp(b) ? 1 : 0;
      expect(Math.sign(byText)).toBe(Math.sign(byFields));
    }));
  });

  it('after receiving, is later than both clocks, whatever they and the wall say', () => {
    const stamp = (device: string) => fc.record({ ms: fc.integer({ min: 0, max: 4e12 }), counter: fc.integer({ min: 0, max: 0xffff }), device: fc.constant(device) });
    fc.assert(fc.property(stamp('a'), stamp('b'), fc.integer({ min: 0, max: 4e12 }), (mine, seen, wall) => {
      const next = formatStamp(receive(mine, seen, wall));
      expect(next > formatStamp(mine)).toBe(true);
      expect(next > formatStamp({ ...seen, device: 'a' })).toBe(true);
    }));
  });

  it('reads nothing that is not a stamp', () => {
    expect(parseStamp('2026-12-01')).toBeNull();
    expect(parseStamp('')).toBeNull();
  });
});

// The store's storage actions load on the first ask (src/ui/deferred.ts):
// nothing loads before it, one load serves every call, a failed load is
// tried again, and the object is never mistaken for a promise.
import { describe, expect, it } from 'vitest';
import { deferred } from '../../../src/ui/deferred.ts';

class Counter {
  private n = 0;
  async add(by: number): Promise<number> {
    this.n += by;
    return this.n;
  }
}

describe('a deferred object', () => {
  it('loads on the first call, once, and calls the method on what was loaded', async () => {
    let loads = 0;
    const counter = deferred(async () => {
      loads++;
      return new Counter();
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([counter.add(2), counter.add(3)]);
    expect([a, b]).toEqual([2, 5]);
    expect(await counter.add(1)).toBe(6);
    expect(loads).toBe(1);
  });

  it('tries a failed load again at the next call', async () => {
    let loads = 0;
    const counter = deferred(async () => {
      if (++loads === 1) throw new Error('offline');
      return new Counter();
    });
    await expect(counter.add(1)).rejects.toThrow('offline');
    expect(await counter.add(1)).toBe(1);
    expect(loads).toBe(2);
  });

  it('is not a promise itself', async () => {
    const counter = deferred(async () => new Counter());
    expect(await Promise.resolve(counter)).toBe(counter);
  });
});

// The read-ahead between the walk and the scan: items in order, never more than the bound held
// ahead, and only while the consumer is held up; the source's failure passed on, and the
// source closed when the consumer stops early.
import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead';

/** A source of 0..n-1 that records how far it was pulled and whether it was closed. */
function counting(n: number, failAt = -1) {
  const state = { pulled: 0, closed: false };
  async function* source() {
    try {
      for (let i = 0; i < n; i++) {
        if (i === failAt) throw new Error(`failed at ${i}`);
        state.pulled = i + 1;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

const never = new Promise<never>(() => undefined);

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('readAhead', () => {
  it('yields every item in order', async () => {
    const { source } = counting(50);
    const out: number[] = [];
    for await (const item of readAhead(source, { until: never, limit: 7, weigh: () => 1 })) out.push(item);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reads ahead while the consumer waits, up to the bound', async () => {
    const { state, source } = counting(100);
    const items = readAhead(source, { until: never, limit: 10, weigh: () => 2 }); // each weighs 2: five held at most
    expect((await items.next()).value).toBe(0);
    await turns(20);
    expect(state.pulled).toBe(1 + 5);
    expect((await items.next()).value).toBe(1);
    await turns(20);
    expect(state.pulled).toBe(2 + 5);
    await items.return(undefined);
    expect(state.closed).toBe(true);
  });

  it('reads only on demand once the consumer is no longer held up', async () => {
    const { state, source } = counting(100);
    let loaded = () => {};
    const items = readAhead(source, { until: new Promise<void>((resolve) => (loaded = resolve)), limit: 50, weigh: () => 1 });
    expect((await items.next()).value).toBe(0);
    await turns(20);
    expect(state.pulled).toBe(51);
    loaded();
    for (let i = 1; i <= 60; i++) expect((await items.next()).value).toBe(i);
    await turns(20);
    expect(state.pulled).toBeLessThanOrEqual(62);
    await items.return(undefined);
  });

  it('passes on the source’s failure after the items before it', async () => {
    const { source } = counting(10, 3);
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(source, { until: never, limit: 5, weigh: () => 1 })) out.push(item);
      })(),
    ).rejects.toThrow('failed at 3');
    expect(out).toEqual([0, 1, 2]);
  });

  it('closes the source when the consumer fails', async () => {
    const { state, source } = counting(1000);
    await expect(
      (async () => {
        for await (const item of readAhead(source, { until: never, limit: 5, weigh: () => 1 })) if (item === 2) throw new Error('consumer');
      })(),
    ).rejects.toThrow('consumer');
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });
});

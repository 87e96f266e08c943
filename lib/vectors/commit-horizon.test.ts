// The floor moves to a sampled key only once every transaction that could hold a key at or
// below it has ended: never on the sample itself, and not while an older transaction runs.
import { describe, expect, it } from 'vitest';
import { CommitHorizon } from './commit-horizon';

describe('CommitHorizon', () => {
  it('settles a key once a later snapshot shows every transaction running then has ended', () => {
    const horizon = new CommitHorizon();
    // Key 10 handed out; xid 100 is next.
    expect(horizon.advance({ lastKey: 10n, xmin: 95n, xmax: 100n })).toBeNull();
    // Next sample: the xmax after key 10 is 103, but xid 97 still runs: nothing settles.
    expect(horizon.advance({ lastKey: 14n, xmin: 97n, xmax: 103n })).toBeNull();
    expect(horizon.advance({ lastKey: 14n, xmin: 102n, xmax: 104n })).toBeNull();
    // Every xid below 103 has ended: key 10 settles; key 14 (xmax after it: 104) too, at once.
    expect(horizon.advance({ lastKey: 20n, xmin: 104n, xmax: 104n })).toBe(14n);
    // A quiet database: the previous sample settles at the next one.
    expect(horizon.advance({ lastKey: 20n, xmin: 104n, xmax: 104n })).toBe(20n);
  });
});

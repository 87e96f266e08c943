import { describe, expect, it } from 'vitest';
import { HashSlots } from './hash-slots';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('HashSlots', () => {
  it('runs at most `size` tasks at once, then the waiting ones in order, and refuses past the line', async () => {
    const slots = new HashSlots(2, 2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) => slots.run(async () => {
      started.push(i);
      await gate.promise;
      return i;
    }));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(slots.queued).toBe(2);
    await expect(slots.run(async () => 'too many')).rejects.toMatchObject({ code: 'unavailable' });

    gates[1].resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    gates[3].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    // Every slot is free again.
    expect(await Promise.all([slots.run(async () => 'a'), slots.run(async () => 'b')])).toEqual(['a', 'b']);
    expect(slots.queued).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const slots = new HashSlots(1, 1);
    await expect(slots.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});

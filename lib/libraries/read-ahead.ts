// Iterates a source while pulling from it ahead of the consumer, up to a bounded amount: the
// scan's walk keeps reading folders while the scan waits for the database's list of known
// files, instead of the two taking turns. The bound keeps memory flat whatever the library's
// size; the source is closed when the consumer stops early or fails.

/** Yields `source`'s items in order, holding at most `limit` (as `weigh` counts them) read ahead. */
export async function* readAhead<T>(source: AsyncIterable<T>, limit: number, weigh: (item: T) => number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const held: T[] = [];
  let heldWeight = 0;
  // Set by the producer: the source ended (with `error` if it threw). An object, so that the
  // consumer's checks read its current value (a closure's assignments escape narrowing).
  const state: { ended: { error?: unknown } | null } = { ended: null };
  let stopping = false;
  let wakeConsumer = () => {};
  let wakeProducer = () => {};
  const producer = (async () => {
    try {
      while (!stopping) {
        if (heldWeight >= limit) {
          await new Promise<void>((resolve) => (wakeProducer = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        held.push(next.value);
        heldWeight += weigh(next.value);
        wakeConsumer();
      }
      state.ended = {};
    } catch (error) {
      state.ended = { error };
    }
    wakeConsumer();
  })();
  try {
    for (;;) {
      if (held.length > 0) {
        const item = held.shift()!;
        heldWeight -= weigh(item);
        wakeProducer();
        yield item;
      } else if (state.ended) {
        if ('error' in state.ended) throw state.ended.error;
        return;
      } else {
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    }
  } finally {
    stopping = true;
    wakeProducer();
    await producer;
    // Stopped early: the source's own clean-up (its finally blocks) runs now.
    if (!state.ended || !('error' in state.ended)) await iterator.return?.();
  }
}

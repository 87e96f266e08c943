// Iterates a source while pulling from it ahead of the consumer, for as long as the consumer is
// held up elsewhere: the scan's walk keeps reading folders while the scan waits for the known
// files, instead of the two taking turns. Then it reads on demand again: items held long enough
// to outlive a young-generation garbage collection get copied to the old one, and a buffer kept
// full to the end would put every file of the walk through that. The bound keeps memory flat
// whatever the library's size; the source is closed when the consumer stops early or fails.

export interface ReadAheadOptions<T> {
  /** Read ahead until this settles, then only as the consumer asks. */
  until: Promise<unknown>;
  /** Read no further ahead than this much, as `weigh` counts items. */
  limit: number;
  weigh: (item: T) => number;
}

export async function* readAhead<T>(source: AsyncIterable<T>, { until, limit, weigh }: ReadAheadOptions<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const held: T[] = [];
  // What the producer and the consumer share. An object, so that each side's checks read its
  // current value (assignments made in a closure escape TypeScript's narrowing).
  const state = { heldWeight: 0, eager: true, consumerWaiting: false, stopping: false, ended: null as { error?: unknown } | null };
  let wakeConsumer = () => {};
  let wakeProducer = () => {};
  until.then(
    () => (state.eager = false),
    () => (state.eager = false),
  );
  const mayProduce = () => !state.stopping && (state.eager ? state.heldWeight < limit : state.consumerWaiting);
  const producer = (async () => {
    try {
      while (!state.stopping) {
        if (!mayProduce()) {
          await new Promise<void>((resolve) => (wakeProducer = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        held.push(next.value);
        state.heldWeight += weigh(next.value);
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
        state.heldWeight -= weigh(item);
        wakeProducer();
        yield item;
      } else if (state.ended) {
        if ('error' in state.ended) throw state.ended.error;
        return;
      } else {
        state.consumerWaiting = true;
        wakeProducer();
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
        state.consumerWaiting = false;
      }
    }
  } finally {
    state.stopping = true;
    wakeProducer();
    await producer;
    // Stopped early: the source's own clean-up (its finally blocks) runs now.
    if (!state.ended || !('error' in state.ended)) await iterator.return?.();
  }
}

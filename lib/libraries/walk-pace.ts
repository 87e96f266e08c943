// How a library walk makes its file system calls (read-library-folder.ts): directly on this
// thread while they are as fast as a cached stat, through the thread pool once they are not;
// and, while direct, how it shares the thread — the scan runs in the worker beside other jobs,
// and the database's answer to the scan's own query arrives meanwhile.
import { setImmediate as nextTurn } from 'node:timers/promises';

// A stat answered from the cache takes a few microseconds, one that reaches a disk or a network
// share tens to thousands. Calls are timed in batches (reading the clock at each would cost a
// tenth of a stat); the walk moves to the pool after several slow batches in a row. A pause of
// the whole process — another program on the core, a garbage collection — slows one batch, not
// eight in a row; a disk that has to be read slows every one.
const SLOW_CALL_MS = 0.05;
const BATCH_CALLS = 8;
const SLOW_BATCHES = 8;
// The event loop gets a turn every few milliseconds of direct calls.
const SLICE_MS = 4;

export class WalkPace {
  /** Whether calls are made on this thread; once false, it stays false for the rest of the walk. */
  direct = true;
  private calls = 0;
  private slowBatches = 0;
  private since = performance.now();
  private sliceStart = this.since;

  /** Counts a direct call; true when the event loop is due a turn (then call breathe). */
  counted(): boolean {
    this.calls += 1;
    if (this.calls % BATCH_CALLS !== 0) return false;
    const now = performance.now();
    this.slowBatches = now - this.since > BATCH_CALLS * SLOW_CALL_MS ? this.slowBatches + 1 : 0;
    if (this.slowBatches >= SLOW_BATCHES) this.direct = false;
    this.since = now;
    return now - this.sliceStart >= SLICE_MS;
  }

  /** Gives the event loop a turn; the time away is not counted against the disk. */
  async breathe(): Promise<void> {
    await nextTurn();
    this.resume();
    this.sliceStart = this.since;
  }

  /** The walk was away (its consumer had the thread): what passed meanwhile was not a call. */
  resume(): void {
    this.since = performance.now();
  }
}

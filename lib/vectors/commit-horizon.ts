// Keys (embeddings_key_seq) are handed out when a row is inserted, but rows commit in another
// order: reading "key > cursor" and moving the cursor to the highest key seen would skip, for
// good, a row whose transaction took a lower key and committed after the read. So a floor only
// moves to a key L sampled earlier once every transaction that could hold a key ≤ L has ended:
// L is sampled, then a later sample's snapshot xmax bounds the xids of those transactions
// (their xid is assigned a moment after their nextval), and once a snapshot's xmin has passed
// that xmax they are all committed or rolled back, so one more read above the old floor sees them.
import type { selectKeySample } from './vectors.queries';

export type KeySample = Awaited<ReturnType<typeof selectKeySample>>;

export class CommitHorizon {
  private pending: { lastKey: bigint; xmax?: bigint }[] = [];

  /**
   * Takes a new sample. Returns the key every committed row at or below is now visible (read
   * rows above the OLD floor once more, after this sample, before moving the floor to it), or
   * null when no earlier sample has settled yet.
   */
  advance(sample: KeySample): bigint | null {
    const previous = this.pending.at(-1);
    if (previous && previous.xmax === undefined) previous.xmax = sample.xmax;
    let settled: bigint | null = null;
    while (this.pending.length > 0 && this.pending[0].xmax !== undefined && this.pending[0].xmax <= sample.xmin) {
      settled = this.pending.shift()!.lastKey;
    }
    this.pending.push({ lastKey: sample.lastKey });
    return settled;
  }
}

// An in-memory index of 64-bit perceptual hashes for "which hashes are within d bits of this
// one" — one lookup in well under a millisecond at 1,000,000 hashes, and every near pair of
// the whole set (the backfill's grouping) in seconds, where a scan of every hash costs ~20 ms
// per lookup in JS and more in SQL (bit_count over int8send: 40–80 ms per 100,000 video hashes,
// duplicates.queries.ts) — docs/ml.md "Duplicates", bench/phash-groups.ts.
//
// Multi-index hashing (Norouzi et al.): the 64 bits are cut into 3 chunks (21, 21, 22 bits).
// Two hashes within d bits differ in at most ⌊d/3⌋ bits of at least one chunk (pigeonhole), so
// the candidates of a lookup are the hashes whose chunk k lies within r = ⌊d/3⌋ bits of the
// query's chunk k, for some k: each chunk has a table (counting sort by the chunk's value, an
// offsets array of 2^bits + 1) walked at every key within r flips; candidates are then checked
// on all 64 bits. With 2^20 random hashes a table bucket holds ~0.5 hashes, so a lookup at
// d = 8 reads ~700 buckets and checks ~350 hashes. Hashes added after the last build sit in a
// small list scanned linearly, and the tables are rebuilt when it grows past an eighth of them.
// Small sets (under 2^15) skip the tables: a linear scan of 32k hashes is faster than building.

const CHUNK_BITS = [21, 21, 22] as const;
const LINEAR_BELOW = 1 << 15;

/** popcount of 16 bits, by table: 4 lookups make a 64-bit popcount. */
const POP16 = (() => {
  const t = new Uint8Array(1 << 16);
  for (let i = 1; i < t.length; i++) t[i] = (i & 1) + t[i >>> 1];
  return t;
})();

const pop32 = (x: number) => POP16[x & 0xffff] + POP16[x >>> 16];

/** The three chunk values of a hash given as its high and low 32 bits. */
function chunk(k: number, hi: number, lo: number): number {
  if (k === 0) return lo & 0x1fffff;
  if (k === 1) return (lo >>> 21) | ((hi & 0x3ff) << 11);
  return hi >>> 10;
}

/** Every mask of `bits` bits with at most r bits set (0 first). */
function masksWithin(bits: number, r: number): Uint32Array {
  const out: number[] = [0];
  const grow = (from: number, mask: number, left: number) => {
    if (left === 0) return;
    for (let b = from; b < bits; b++) {
      const m = (mask | (1 << b)) >>> 0;
      out.push(m);
      grow(b + 1, m, left - 1);
    }
  };
  grow(0, 0, r);
  return Uint32Array.from(out);
}

interface Table {
  offsets: Uint32Array;
  /** One bit per chunk value: has hashes. 256 KB stays in cache where the 8 MB offsets do not,
   * and most probes (~60 % at 1M hashes) land on empty values. */
  filled: Uint32Array;
  /** Positions, grouped by the chunk's value. */
  order: Uint32Array;
  /** The hashes in that order: the self-join reads them sequentially, not through `order`. */
  hi: Uint32Array;
  lo: Uint32Array;
}

export const splitHash = (hash: bigint): [number, number] => {
  const u = BigInt.asUintN(64, hash);
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
};

export class PhashIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private live: Uint8Array;
  private size = 0;
  private tables: Table[] | null = null;
  /** Positions [builtUpTo, size) are not in the tables yet. */
  private builtUpTo = 0;
  private readonly masks = new Map<string, Uint32Array>();
  private stamps = new Uint32Array(0);
  private lookups = 0;

  constructor(capacity = 1024) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.live = new Uint8Array(capacity);
  }

  get count(): number {
    return this.size;
  }

  /** Adds a hash; returns its position (the caller maps positions to assets). */
  add(hash: bigint): number {
    if (this.size === this.hi.length) this.grow(this.size * 2);
    const [h, l] = splitHash(hash);
    this.hi[this.size] = h;
    this.lo[this.size] = l;
    this.live[this.size] = 1;
    return this.size++;
  }

  /** A removed position is never returned again (its asset was re-hashed or is gone). */
  remove(position: number): void {
    this.live[position] = 0;
  }

  private grow(capacity: number) {
    const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.hi = grow(this.hi, (n) => new Uint32Array(n));
    this.lo = grow(this.lo, (n) => new Uint32Array(n));
    this.live = grow(this.live, (n) => new Uint8Array(n));
  }

  /** Builds the chunk tables over every hash added so far (counting sort per chunk). */
  build(): void {
    const n = this.size;
    this.tables = CHUNK_BITS.map((bits, k) => {
      const offsets = new Uint32Array((1 << bits) + 1);
      for (let i = 0; i < n; i++) offsets[chunk(k, this.hi[i], this.lo[i]) + 1]++;
      for (let v = 0; v < 1 << bits; v++) offsets[v + 1] += offsets[v];
      const fill = offsets.slice(0, 1 << bits);
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[fill[chunk(k, this.hi[i], this.lo[i])]++] = i;
      const filled = new Uint32Array((1 << bits) >>> 5);
      for (let v = 0; v < 1 << bits; v++) if (offsets[v] !== offsets[v + 1]) filled[v >>> 5] |= 1 << (v & 31);
      return { offsets, order, filled, hi: this.hi.slice(0, 0), lo: this.lo.slice(0, 0) };
    });
    this.builtUpTo = n;
  }

  /** Gives each table its hashes in bucket order (for allPairs only: lookups need not pay). */
  private sortHashes(): void {
    for (const t of this.tables!) {
      t.hi = new Uint32Array(t.order.length);
      t.lo = new Uint32Array(t.order.length);
      for (let p = 0; p < t.order.length; p++) {
        t.hi[p] = this.hi[t.order[p]];
        t.lo[p] = this.lo[t.order[p]];
      }
    }
  }

  private masksFor(bits: number, r: number): Uint32Array {
    const key = `${bits}/${r}`;
    let m = this.masks.get(key);
    if (!m) this.masks.set(key, (m = masksWithin(bits, r)));
    return m;
  }

  private distanceTo(i: number, hi: number, lo: number): number {
    return pop32((this.hi[i] ^ hi) >>> 0) + pop32((this.lo[i] ^ lo) >>> 0);
  }

  /** Positions of live hashes within maxDistance bits of `hash` (itself included if added). */
  near(hash: bigint, maxDistance: number): { position: number; distance: number }[] {
    const [hi, lo] = splitHash(hash);
    const found: { position: number; distance: number }[] = [];
    const consider = (i: number) => {
      if (!this.live[i]) return;
      const d = this.distanceTo(i, hi, lo);
      if (d <= maxDistance) found.push({ position: i, distance: d });
    };
    if (this.size - this.builtUpTo > Math.max(LINEAR_BELOW, this.builtUpTo / 8)) this.tables = null;
    if (!this.tables && this.size >= LINEAR_BELOW) this.build();
    if (!this.tables) {
      for (let i = 0; i < this.size; i++) consider(i);
      return found;
    }
    const r = Math.floor(maxDistance / CHUNK_BITS.length);
    // A candidate close in two chunks is checked once: stamped with this lookup's number.
    if (this.stamps.length < this.builtUpTo) this.stamps = new Uint32Array(this.hi.length);
    const stamp = ++this.lookups;
    CHUNK_BITS.forEach((bits, k) => {
      const { offsets, order, filled } = this.tables![k];
      const q = chunk(k, hi, lo);
      const masks = this.masksFor(bits, r);
      for (let m = 0; m < masks.length; m++) {
        const v = (q ^ masks[m]) >>> 0;
        if (!((filled[v >>> 5] >>> (v & 31)) & 1)) continue;
        for (let p = offsets[v]; p < offsets[v + 1]; p++) {
          const i = order[p];
          if (this.stamps[i] !== stamp) {
            this.stamps[i] = stamp;
            consider(i);
          }
        }
      }
    });
    for (let i = this.builtUpTo; i < this.size; i++) consider(i);
    return found;
  }

  /**
   * Every pair of live hashes within maxDistance bits, each once (a < b), calling `emit`. The
   * self-join walks each chunk's table in key order and looks only "upwards" (key ^ mask >
   * key, or later in the same bucket), so each bucket pair is visited once per chunk; a pair
   * close in several chunks is emitted only from the first of them.
   */
  allPairs(maxDistance: number, emit: (a: number, b: number, distance: number) => void): void {
    if (this.size < LINEAR_BELOW / 8) {
      // A few thousand hashes: all pairs directly, without 32 MB of tables.
      for (let i = 0; i < this.size; i++)
        for (let j = i + 1; j < this.size; j++) {
          const d = this.distanceTo(j, this.hi[i], this.lo[i]);
          if (d <= maxDistance && this.live[i] && this.live[j]) emit(i, j, d);
        }
      return;
    }
    this.build();
    this.sortHashes();
    const r = Math.floor(maxDistance / CHUNK_BITS.length);
    const { live } = this;
    CHUNK_BITS.forEach((bits, k) => {
      const { offsets, order, filled: occupied, hi, lo } = this.tables![k];
      const masks = this.masksFor(bits, r);
      const width = 1 << bits;
      let filled = 0;
      for (let x = 0; x < width; x++) if (offsets[x] !== offsets[x + 1]) filled++;
      const keys = new Uint32Array(filled);
      for (let x = 0, n = 0; x < width; x++) if (offsets[x] !== offsets[x + 1]) keys[n++] = x;
      // Occupied keys only, each against its neighbours: the bitmap (in cache) turns away the
      // ~60 % of neighbours that are empty before the 8 MB offsets array is touched; hashes are
      // read from the table's own sorted copies, in order. Measured: 2.7× less CPU than walking
      // every key per mask, or every key without the bitmap.
      for (let n = 0; n < filled; n++) {
        const x = keys[n];
        const start = offsets[x];
        const end = offsets[x + 1];
        for (let m = 0; m < masks.length; m++) {
          const mask = masks[m];
          const y = (x ^ mask) >>> 0;
          if (y < x || !((occupied[y >>> 5] >>> (y & 31)) & 1)) continue;
          const yEnd = offsets[y + 1];
          for (let p = start; p < end; p++) {
            const i = order[p];
            if (!live[i]) continue;
            const ih = hi[p];
            const il = lo[p];
            for (let q = mask === 0 ? p + 1 : offsets[y]; q < yEnd; q++) {
              const d = pop32((ih ^ hi[q]) >>> 0) + pop32((il ^ lo[q]) >>> 0);
              if (d > maxDistance) continue;
              const j = order[q];
              if (!live[j]) continue;
              let earlier = false;
              for (let e = 0; e < k && !earlier; e++) earlier = pop32((chunk(e, ih, il) ^ chunk(e, hi[q], lo[q])) >>> 0) <= r;
              if (!earlier) emit(Math.min(i, j), Math.max(i, j), d);
            }
          }
        }
      }
    });
  }
}

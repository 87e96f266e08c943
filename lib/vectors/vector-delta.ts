// A process's exact list of the embeddings above its index file's keys (added since the last
// rebuild): packed in one float32 matrix and scanned by usearch's SIMD brute force (about 20×
// faster than a JavaScript loop, docs/search.md), merged with the index's answer. The rebuild
// job folds it into the next file once it grows (VECTOR_INDEX.rebuildDelta).
import { usearch } from './usearch';

export interface KeyedMatch {
  key: bigint;
  /** Cosine similarity (vectors are normalised). */
  similarity: number;
}

export class VectorDelta {
  private keys: bigint[] = [];
  private held = new Set<bigint>();
  /** Row i is keys[i]; sized exactly (usearch reads a typed array's whole buffer). */
  private matrix = new Float32Array(0);
  private dims = 0;

  get size(): number {
    return this.keys.length;
  }

  /** Adds rows (`vectors`: one packed row per key); keys already held are skipped. */
  add(keys: bigint[], vectors: Float32Array, dims: number): void {
    if (keys.length === 0) return;
    if (this.dims === 0) this.dims = dims;
    if (dims !== this.dims) throw new Error(`a ${dims}-d vector in a ${this.dims}-d delta`);
    const fresh = keys.flatMap((key, i) => (this.held.has(key) ? [] : [i]));
    const matrix = new Float32Array((this.keys.length + fresh.length) * dims);
    matrix.set(this.matrix);
    const base = this.keys.length;
    fresh.forEach((i, n) => {
      matrix.set(vectors.subarray(i * dims, (i + 1) * dims), (base + n) * dims);
      this.keys.push(keys[i]);
      this.held.add(keys[i]);
    });
    this.matrix = matrix;
  }

  /** Keys above `floor` held (the read above the floor skips them). */
  keysAbove(floor: bigint): bigint[] {
    return this.keys.filter((key) => key > floor);
  }

  /** Forgets keys a newer index file covers. */
  dropUpTo(maxKey: bigint): void {
    const kept = this.keys.flatMap((key, i) => (key > maxKey ? [i] : []));
    if (kept.length === this.keys.length) return;
    const matrix = new Float32Array(kept.length * this.dims);
    kept.forEach((i, n) => matrix.set(this.matrix.subarray(i * this.dims, (i + 1) * this.dims), n * this.dims));
    this.keys = kept.map((i) => this.keys[i]);
    this.held = new Set(this.keys);
    this.matrix = matrix;
  }

  /** The `k` most similar, best first. */
  search(query: Float32Array, k: number): KeyedMatch[] {
    if (this.keys.length === 0) return [];
    // A copy: usearch reads from the buffer's start, whatever the array's byteOffset.
    const found = usearch.exactSearch(this.matrix, Float32Array.from(query), this.dims, Math.min(k, this.keys.length), usearch.MetricKind.Cos, 1);
    const { keys, distances } = found instanceof usearch.BatchMatches ? found.get(0) : found;
    // exactSearch answers row numbers; usearch's cosine distance is 1 − cosine.
    return Array.from(keys, (row, i) => ({ key: this.keys[Number(row)], similarity: 1 - distances[i] }));
  }
}

// A process's exact list of the embeddings above its index file's keys (added since the last
// rebuild): searched by brute force (a few thousand dot products, milliseconds) and merged with
// the index's answer. The rebuild job folds it into the next file once it grows
// (VECTOR_INDEX.rebuildDelta).
import { dot } from './vector-math';

export interface KeyedMatch {
  key: bigint;
  /** Cosine similarity (vectors are normalised). */
  similarity: number;
}

export class VectorDelta {
  private readonly vectors = new Map<bigint, Float32Array>();

  get size(): number {
    return this.vectors.size;
  }

  add(key: bigint, vector: Float32Array): void {
    this.vectors.set(key, vector);
  }

  /** Keys above `floor` held (the read above the floor skips them). */
  keysAbove(floor: bigint): bigint[] {
    return [...this.vectors.keys()].filter((key) => key > floor);
  }

  /** Forgets keys a newer index file covers. */
  dropUpTo(maxKey: bigint): void {
    for (const key of this.vectors.keys()) if (key <= maxKey) this.vectors.delete(key);
  }

  /** The `k` most similar, best first. */
  search(query: Float32Array, k: number): KeyedMatch[] {
    const matches: KeyedMatch[] = [];
    for (const [key, vector] of this.vectors) matches.push({ key, similarity: dot(query, vector) });
    return matches.sort((x, y) => y.similarity - x.similarity).slice(0, k);
  }
}

// The delta answers the same as scoring every vector it holds, after adds in several batches
// (a key already held is not added twice) and after a newer index file takes the low keys.
import { describe, expect, it } from 'vitest';
import { VectorDelta } from './vector-delta';
import { dot, normalise } from './vector-math';

const DIMS = 16;
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1;
const vector = () => normalise(Float32Array.from({ length: DIMS }, random));
const pack = (vectors: Float32Array[]) => {
  const out = new Float32Array(vectors.length * DIMS);
  vectors.forEach((v, i) => out.set(v, i * DIMS));
  return out;
};

describe('VectorDelta', () => {
  it('finds what brute force finds, across batches and after dropping covered keys', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ key: BigInt(i + 1), vector: vector() }));
    const delta = new VectorDelta();
    delta.add(rows.slice(0, 25).map((r) => r.key), pack(rows.slice(0, 25).map((r) => r.vector)), DIMS);
    // The second read overlaps the first (rows 20–24 again): they are not held twice.
    delta.add(rows.slice(20).map((r) => r.key), pack(rows.slice(20).map((r) => r.vector)), DIMS);
    expect(delta.size).toBe(60);

    const query = vector();
    const expected = (held: typeof rows) =>
      held.map((r) => ({ key: r.key, similarity: dot(query, r.vector) })).sort((x, y) => y.similarity - x.similarity).slice(0, 5);
    const found = delta.search(query, 5);
    expect(found.map((m) => m.key)).toEqual(expected(rows).map((m) => m.key));
    found.forEach((m, i) => expect(m.similarity).toBeCloseTo(expected(rows)[i].similarity, 5));

    delta.dropUpTo(40n);
    expect(delta.size).toBe(20);
    expect(delta.keysAbove(50n)).toEqual(rows.slice(50).map((r) => r.key));
    expect(delta.search(query, 5).map((m) => m.key)).toEqual(expected(rows.slice(40)).map((m) => m.key));
    expect(delta.search(query, 100)).toHaveLength(20);
  });

  it('refuses a vector of another size', () => {
    const delta = new VectorDelta();
    delta.add([1n], pack([vector()]), DIMS);
    expect(() => delta.add([2n], new Float32Array(8), 8)).toThrow(/8-d/);
  });
});

// The k nearest faces of each face (euclidean, the distance face-api's descriptors are trained
// for). Exact below a few thousand faces — a household's usual backlog, and deterministic, so a
// re-run of faces:cluster sees the same neighbours. Above that, usearch's HNSW graph: an exact
// all-pairs pass over 100,000 descriptors is 5·10⁹ distances (minutes on two cores), the graph
// answers the same question in seconds at a recall that does not change which clusters form.
import { createRequire } from 'node:module';
import type * as USearch from 'usearch';

// usearch's native addon is found by its CommonJS build (its ESM build looks for it relative to a
// bundled path and fails under vitest); loaded only when a large backlog needs it.
const requireCjs = createRequire(import.meta.url);

export const DESCRIPTOR_DIMENSIONS = 128;
/** Up to this many points, neighbours are found exactly. */
const EXACT_UP_TO = 4_000;
/** usearch's threads: the worker's two cores (0 would start one per core it sees, and contend). */
const THREADS = 2;

export interface Neighbours {
  /** For point i: its neighbours' indices (nearest first, itself excluded), as many as found. */
  ids: Int32Array[];
  /** The matching euclidean distances. */
  distances: Float32Array[];
}

/** `points` is n×128 row-major; `queries` defaults to the points themselves (self excluded). */
export function nearestNeighbours(points: Float32Array, k: number, queries?: Float32Array): Neighbours {
  const n = points.length / DESCRIPTOR_DIMENSIONS;
  const q = queries ?? points;
  const m = q.length / DESCRIPTOR_DIMENSIONS;
  if (n === 0 || m === 0) return { ids: Array.from({ length: m }, () => new Int32Array(0)), distances: Array.from({ length: m }, () => new Float32Array(0)) };
  return n * m <= EXACT_UP_TO * EXACT_UP_TO ? exact(points, n, q, m, k, !queries) : approximate(points, n, q, m, k, !queries);
}

function exact(points: Float32Array, n: number, q: Float32Array, m: number, k: number, self: boolean): Neighbours {
  const D = DESCRIPTOR_DIMENSIONS;
  const want = Math.min(k, self ? n - 1 : n);
  const ids: Int32Array[] = [];
  const distances: Float32Array[] = [];
  for (let i = 0; i < m; i++) {
    // The best `want` so far, kept sorted by insertion (k is small); ties keep the lower index.
    const topIds = new Int32Array(want);
    const topSq = new Float64Array(want).fill(Infinity);
    for (let j = 0; j < n; j++) {
      if (self && i === j) continue;
      let s = 0;
      for (let d = 0; d < D; d++) {
        const x = q[i * D + d] - points[j * D + d];
        s += x * x;
      }
      if (want === 0 || s >= topSq[want - 1]) continue;
      let r = want - 1;
      while (r > 0 && topSq[r - 1] > s) {
        topSq[r] = topSq[r - 1];
        topIds[r] = topIds[r - 1];
        r--;
      }
      topSq[r] = s;
      topIds[r] = j;
    }
    ids.push(topIds);
    distances.push(Float32Array.from(topSq, Math.sqrt));
  }
  return { ids, distances };
}

function approximate(points: Float32Array, n: number, q: Float32Array, m: number, k: number, self: boolean): Neighbours {
  const { Index, MetricKind, ScalarKind } = requireCjs('usearch') as typeof USearch;
  const index = new Index({ dimensions: DESCRIPTOR_DIMENSIONS, metric: MetricKind.L2sq, quantization: ScalarKind.F16, connectivity: 16, expansion_add: 96, expansion_search: 96, multi: false });
  index.add(BigUint64Array.from({ length: n }, (_, i) => BigInt(i)), points, THREADS);
  const want = self ? k + 1 : k;
  const found = index.search(q, want, THREADS) as USearch.BatchMatches;
  const ids: Int32Array[] = [];
  const distances: Float32Array[] = [];
  for (let i = 0; i < m; i++) {
    const count = Number(found.counts[i]);
    const row: number[] = [];
    const dist: number[] = [];
    for (let r = 0; r < count && row.length < k; r++) {
      const j = Number(found.keys[i * want + r]);
      if (self && j === i) continue;
      row.push(j);
      dist.push(Math.sqrt(Math.max(0, found.distances[i * want + r])));
    }
    ids.push(Int32Array.from(row));
    distances.push(Float32Array.from(dist));
  }
  return { ids, distances };
}

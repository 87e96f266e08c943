// The vector index's settings, measured in docs/search.md (npm run bench:vectors).
import { usearch, type UsearchIndex } from './usearch';

const { Index, MetricKind, ScalarKind } = usearch;

export const VECTOR_INDEX = {
  /** Vectors are normalised: cosine. f16 halves the file against f32 at no measurable recall loss; i8 loses recall (docs/search.md). */
  metric: MetricKind.Cos,
  quantization: ScalarKind.F16,
  /** HNSW M (usearch default 16) and the candidate lists while adding and searching. At 1M
   * vectors ef_search 64 gave recall@10 0.914 (p50 0.60 ms), 256 gave 0.982 (p50 1.07 ms). */
  connectivity: 16,
  expansionAdd: 128,
  expansionSearch: 256,
  /** Rows read from PostgreSQL per page while building (10 MB of 512-d vectors). */
  buildPage: 5_000,
  /** Vectors per (synchronous) add while building, between which the event loop runs. */
  addBatch: 500,
  /** The delta size at which a process queues a rebuild (its brute-force scan costs ~0.5 µs a vector). */
  rebuildDelta: 10_000,
  /** How often a process looks for a newer index file, and reads the delta. */
  manifestCheckMs: 3_000,
  deltaPollMs: 1_500,
} as const;

/** An empty index with the settings every file is built, and opened, with. */
export function newIndex(dims: number): UsearchIndex {
  return new Index({
    dimensions: dims,
    metric: VECTOR_INDEX.metric,
    quantization: VECTOR_INDEX.quantization,
    connectivity: VECTOR_INDEX.connectivity,
    expansion_add: VECTOR_INDEX.expansionAdd,
    expansion_search: VECTOR_INDEX.expansionSearch,
    multi: false,
  });
}

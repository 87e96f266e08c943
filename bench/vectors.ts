// The vector index (lib/vectors, docs/search.md) on synthetic CLIP-like data: 512-d vectors
// around 1,000 gaussian centres (plus noise, normalised), with the app's index settings.
// Prints: build time, memory (RSS before/after, file size), the memory-mapped file's open time
// and resident memory, query p50/p99 (single thread), recall@10 against exact brute force
// computed in the same run, the brute-force time per query as baseline and the ratio, and the
// delta's brute-force cost at its rebuild size. No database: see bench/vectors-db.ts for
// findNearestAssets end to end (SQL filter, delta, add → searchable).
//
//   npm run bench:vectors                 # 1,000,000 vectors (quiet machine; ~15-20 min on 2 cores)
//   npm run bench:vectors -- --n 100000   # quick
//   options: --quant f16|i8|f32  --threads 2  --queries 1000  --recall 200  --ef 64  --dims 512
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { usearch } from '../lib/vectors/usearch';
import { VectorDelta } from '../lib/vectors/vector-delta';
import { VECTOR_INDEX } from '../lib/vectors/vector-index-settings';
import { SyntheticVectors } from './support/synthetic-vectors';

const { Index, MetricKind, ScalarKind, exactSearch } = usearch;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', '1000000'));
const DIMS = Number(arg('dims', '512'));
const QUERIES = Number(arg('queries', '1000'));
const RECALL_SAMPLE = Number(arg('recall', '200'));
const THREADS = Number(arg('threads', '2'));
const EF = Number(arg('ef', String(VECTOR_INDEX.expansionSearch)));
const QUANT = arg('quant', String(VECTOR_INDEX.quantization));
const CENTRES = 1_000;
const NOISE = 0.6;
const CHUNK = 50_000;
const K = 10;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rss = () => process.memoryUsage().rss;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

const gen = new SyntheticVectors(DIMS, CENTRES, NOISE);
const sample = (out: Float32Array, offset: number) => gen.write(out, offset);

console.log(`bench:vectors n=${N.toLocaleString('en-US')} dims=${DIMS} quant=${QUANT} M=${VECTOR_INDEX.connectivity} ef_add=${VECTOR_INDEX.expansionAdd} ef_search=${EF} threads=${THREADS} cpus=${os.cpus().length} node=${process.version}`);
const t0 = performance.now();
const chunks: Float32Array[] = [];
for (let start = 0; start < N; start += CHUNK) {
  const chunk = new Float32Array(Math.min(CHUNK, N - start) * DIMS);
  for (let i = 0; i < chunk.length / DIMS; i++) sample(chunk, i * DIMS);
  chunks.push(chunk);
}
const queries = Array.from({ length: QUERIES }, () => {
  const q = new Float32Array(DIMS);
  sample(q, 0);
  return q;
});
line('data generated', `${((performance.now() - t0) / 1000).toFixed(1)} s (${mb(N * DIMS * 4)} of float32)`);

// Build.
const rssBefore = rss();
const quantization = { f16: ScalarKind.F16, i8: ScalarKind.I8, f32: ScalarKind.F32 }[QUANT] ?? ScalarKind.F16;
const build = new Index({ dimensions: DIMS, metric: MetricKind.Cos, quantization, connectivity: VECTOR_INDEX.connectivity, expansion_add: VECTOR_INDEX.expansionAdd, expansion_search: EF, multi: false });
const buildStart = performance.now();
let key = 0n;
for (const [c, chunk] of chunks.entries()) {
  const count = chunk.length / DIMS;
  const keys = new BigUint64Array(count);
  for (let i = 0; i < count; i++) keys[i] = ++key;
  build.add(keys, chunk, THREADS);
  if ((c + 1) % 4 === 0 || c === chunks.length - 1) {
    console.log(`  built ${build.size().toLocaleString('en-US')} in ${((performance.now() - buildStart) / 1000).toFixed(0)} s`);
  }
}
const buildSeconds = (performance.now() - buildStart) / 1000;
const rssBuilt = rss();
line('index build', `${buildSeconds.toFixed(1)} s (${(N / buildSeconds).toFixed(0)} vectors/s, ${THREADS} threads)`);
line('RSS before build → after (index in RAM)', `${mb(rssBefore)} → ${mb(rssBuilt)} (+${mb(rssBuilt - rssBefore)})`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bench-vectors-'));
const file = path.join(dir, '1.usearch');
const saveStart = performance.now();
build.save(file);
line('file written', `${((performance.now() - saveStart) / 1000).toFixed(1)} s, ${mb((await stat(file)).size)}`);

// What a web process does: view() the file (memory-mapped).
const rssBeforeView = rss();
const viewed = new Index({ dimensions: DIMS, metric: MetricKind.Cos, quantization, connectivity: VECTOR_INDEX.connectivity, expansion_add: VECTOR_INDEX.expansionAdd, expansion_search: EF, multi: false });
const openStart = performance.now();
viewed.view(file);
line('view() open', `${(performance.now() - openStart).toFixed(0)} ms (size ${viewed.size().toLocaleString('en-US')})`);

// Exact brute force (usearch's SIMD scan of the float32 data, single thread), chunk by chunk.
function exactTop(query: Float32Array): bigint[] {
  const all: { key: bigint; distance: number }[] = [];
  chunks.forEach((chunk, c) => {
    const found = exactSearch(chunk, Float32Array.from(query), DIMS, K, MetricKind.Cos, 1);
    const m = found instanceof usearch.BatchMatches ? found.get(0) : found;
    for (let i = 0; i < m.keys.length; i++) all.push({ key: BigInt(c * CHUNK) + m.keys[i] + 1n, distance: m.distances[i] });
  });
  return all.sort((a, b) => a.distance - b.distance).slice(0, K).map((m) => m.key);
}

// Queries, single thread, on the viewed file.
for (let i = 0; i < Math.min(50, QUERIES); i++) viewed.search(queries[i], K, 1); // warm the mapped pages
const latencies: number[] = [];
for (const q of queries) {
  const t = performance.now();
  viewed.search(q, K, 1);
  latencies.push(performance.now() - t);
}
line(`query k=${K}, ${QUERIES} queries, 1 thread`, `p50 ${pct(latencies, 50).toFixed(2)} ms, p99 ${pct(latencies, 99).toFixed(2)} ms`);
const over: number[] = [];
for (const q of queries.slice(0, 200)) {
  const t = performance.now();
  viewed.search(q, 64, 1);
  over.push(performance.now() - t);
}
line('query k=64 (the app over-fetch), 200 queries', `p50 ${pct(over, 50).toFixed(2)} ms, p99 ${pct(over, 99).toFixed(2)} ms`);
line('RSS with the file mapped and queried', `${mb(rss())} (+${mb(rss() - rssBeforeView)} over before view)`);

let hits = 0;
const exactTimes: number[] = [];
const sample_ = queries.slice(0, RECALL_SAMPLE);
for (const q of sample_) {
  const t = performance.now();
  const truth = exactTop(q);
  exactTimes.push(performance.now() - t);
  const got = new Set(viewed.search(q, K, 1).keys);
  hits += truth.filter((k) => got.has(k)).length;
}
const recall = hits / (sample_.length * K);
line(`recall@${K} (${sample_.length} queries vs exact)`, recall.toFixed(4));
const exactP50 = pct(exactTimes, 50);
line('exact brute force (SIMD f32, 1 thread) p50', `${exactP50.toFixed(1)} ms → index is ${(exactP50 / pct(latencies, 50)).toFixed(0)}× faster`);

// The app's exact path scores in JavaScript (vector-math dot): a few queries.
const jsTimes: number[] = [];
for (const q of queries.slice(0, 3)) {
  const t = performance.now();
  let best = -2;
  for (const chunk of chunks) {
    for (let o = 0; o < chunk.length; o += DIMS) {
      let s = 0;
      for (let d = 0; d < DIMS; d++) s += q[d] * chunk[o + d];
      if (s > best) best = s;
    }
  }
  jsTimes.push(performance.now() - t);
}
line('exact scan in JavaScript (no SQL), per query', `${pct(jsTimes, 50).toFixed(0)} ms`);

// The delta at the size a rebuild is queued: its brute-force scan, per query.
const delta = new VectorDelta();
const deltaVectors = new Float32Array(VECTOR_INDEX.rebuildDelta * DIMS);
for (let i = 0; i < VECTOR_INDEX.rebuildDelta; i++) sample(deltaVectors, i * DIMS);
delta.add(Array.from({ length: VECTOR_INDEX.rebuildDelta }, (_, i) => BigInt(N + i + 1)), deltaVectors, DIMS);
const deltaTimes = queries.slice(0, 100).map((q) => {
  const t = performance.now();
  delta.search(q, 64);
  return performance.now() - t;
});
line(`delta scan at ${VECTOR_INDEX.rebuildDelta.toLocaleString('en-US')} vectors (k=64)`, `p50 ${pct(deltaTimes, 50).toFixed(2)} ms`);

const targets = [
  ['p50 ≤ 10 ms', pct(latencies, 50) <= 10],
  ['recall@10 ≥ 0.95', recall >= 0.95],
  ['index memory ≤ 1.5 GB (file)', (await stat(file)).size <= 1.5 * 2 ** 30],
  ['build ≤ 15 min', buildSeconds <= 15 * 60],
] as const;
console.log(targets.map(([t, ok]) => `${ok ? 'PASS' : 'FAIL'} ${t}`).join(' | '));
await rm(dir, { recursive: true, force: true });

// The cluster indexes of this process, one per user and filter set, kept while the map's
// versions (selectMapVersions: sequences moved by triggers whenever a place, an asset's
// visibility, an archive flag, a share, a favourite or a face changes) stay where they were.
// A request that finds its index current pays one tiny query; the first after a change
// rebuilds it, and parallel requests for the same key share that one build.
//
// While a rebuild runs, a request waits for it when the index is quick to build (it took
// under WAIT_FOR_BUILD_MS last time: a household library, so a trashed or favourited photo
// shows at once), and otherwise gets the previous index (a million places take seconds to
// read and cluster: the map answers at once and is current a few seconds later).
//
// Known gap, bounded: a version moves when the writing statement runs, not when its transaction
// commits, so an index built while such a transaction is still open can miss it under the new
// version. MAX_AGE_MS rebuilds any index at least that often.
import type { ClusterIndex } from './cluster-index';

const MAX_AGE_MS = 10 * 60_000;
const WAIT_FOR_BUILD_MS = 1_000;
/** Places held by all indexes together (~300 bytes each with their clusters at every zoom). */
const MAX_POINTS = 4_000_000;
const MAX_ENTRIES = 64;

interface Built {
  version: string;
  builtAt: number;
  buildMs: number;
  index: ClusterIndex;
}

interface Entry {
  /** The last index built (any version). */
  built?: Built;
  /** A build under way, with its version. */
  building?: { version: string; index: Promise<ClusterIndex> };
}

// On globalThis: Next's route bundles each have their own copy of this module.
const holder = globalThis as unknown as { shoeboxMapIndexes?: Map<string, Entry> };
const entries = (holder.shoeboxMapIndexes ??= new Map());

/** The index for `key` at `version`, built by `build` when there is none that fits. */
export async function clusterIndexFor(key: string, version: string, build: () => Promise<ClusterIndex>): Promise<ClusterIndex> {
  const entry: Entry = entries.get(key) ?? {};
  entries.delete(key); // most recently used goes last
  entries.set(key, entry);
  const { built } = entry;
  if (built && built.version === version && Date.now() - built.builtAt < MAX_AGE_MS) return built.index;
  if (entry.building?.version !== version) entry.building = { version, index: rebuild(entry, version, build) };
  const fresh = entry.building.index;
  if (built && built.buildMs > WAIT_FOR_BUILD_MS) {
    fresh.catch(() => undefined); // its failure is logged by the request that waits on it next
    return built.index;
  }
  return fresh;
}

async function rebuild(entry: Entry, version: string, build: () => Promise<ClusterIndex>): Promise<ClusterIndex> {
  const started = performance.now();
  try {
    const index = await build();
    entry.built = { version, builtAt: Date.now(), buildMs: performance.now() - started, index };
    evict();
    return index;
  } finally {
    if (entry.building?.version === version) entry.building = undefined;
  }
}

/** Drops the least recently used indexes past the limits. */
function evict(): void {
  let points = 0;
  for (const e of entries.values()) points += e.built?.index.size ?? 0;
  for (const [key, e] of entries) {
    if (points <= MAX_POINTS && entries.size <= MAX_ENTRIES) break;
    if (!e.built && !e.building) entries.delete(key); // a first build that failed
    if (!e.built || e.building) continue;
    entries.delete(key);
    points -= e.built.index.size;
  }
}

/** Forgets every index (tests and benchmarks measuring a cold build). */
export function forgetClusterIndexes(): void {
  entries.clear();
}

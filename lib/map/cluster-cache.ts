// The cluster indexes of this process, one per reader and filter set, kept while the map's
// versions (selectMapVersions: sequences moved by triggers whenever a place, an asset's
// visibility, an archive flag, a share, a favourite or a face changes) stay where they were.
// A request that finds its index current pays one tiny query; the first after a change
// rebuilds it, and parallel requests for the same key wait on that one build.
//
// Known gap, bounded: a version moves when the writing statement runs, not when its transaction
// commits, so an index built while such a transaction is still open can miss it under the new
// version. MAX_AGE_MS rebuilds any index at least that often.
import type { ClusterIndex } from './cluster-index';

const MAX_AGE_MS = 10 * 60_000;
/** Points held by all indexes together (~40 bytes each, plus the clusters above them). */
const MAX_POINTS = 4_000_000;
const MAX_ENTRIES = 64;

interface Entry {
  version: string;
  builtAt: number;
  index: Promise<ClusterIndex>;
  size: number;
}

// On globalThis: Next's route bundles each have their own copy of this module.
const holder = globalThis as unknown as { shoeboxMapIndexes?: Map<string, Entry> };
const entries = (holder.shoeboxMapIndexes ??= new Map());

/** The index for `key` at `version`, built by `build` when there is none that fits. */
export async function clusterIndexFor(key: string, version: string, build: () => Promise<ClusterIndex>): Promise<ClusterIndex> {
  const found = entries.get(key);
  if (found && found.version === version && Date.now() - found.builtAt < MAX_AGE_MS) {
    entries.delete(key); // most recently used goes last
    entries.set(key, found);
    return found.index;
  }
  const entry: Entry = { version, builtAt: Date.now(), index: build(), size: 0 };
  entries.delete(key);
  entries.set(key, entry);
  try {
    const index = await entry.index;
    entry.size = index.size;
    evict();
    return index;
  } catch (error) {
    if (entries.get(key) === entry) entries.delete(key); // the next request tries again
    throw error;
  }
}

/** Drops the least recently used indexes past the limits. */
function evict(): void {
  let points = 0;
  for (const e of entries.values()) points += e.size;
  for (const [key, e] of entries) {
    if (points <= MAX_POINTS && entries.size <= MAX_ENTRIES) break;
    if (e.size === 0) continue; // still building
    entries.delete(key);
    points -= e.size;
  }
}

/** Forgets every index (tests and benchmarks measuring a cold build). */
export function forgetClusterIndexes(): void {
  entries.clear();
}

// library:scan. Compares the folder with what the database knows, in memory: an unchanged
// file (same size and mtime) costs one stat and nothing else. Files that disappeared are
// marked offline first — never deleted — so that a moved file's ingest can find its offline
// twin by checksum and keep its identity. New and changed files are upserted in batches,
// each batch with its ingest jobs in the same transaction.
import type { ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { log } from '@/lib/server/log';
import { findLibrary, touchLibraryScanned } from './libraries.queries';
import type { ScanCounts } from './libraries.schemas';
import { libraryFileFilter } from './library-file-filter';
import { loadKnownFiles, markAssetsOffline, markAssetsOnline, upsertScannedFiles } from './scan.queries';
import { ScanProgress } from './scan-progress';
import { walkLibrary, type WalkedFile } from './walk-library';

const BATCH = 1000;

export async function scanLibrary(
  libraryId: string,
  options: { trigger?: ScanTrigger; onProgress?: (counts: ScanCounts) => void } = {},
): Promise<ScanCounts | null> {
  const library = await findLibrary(libraryId);
  if (!library) return null; // deleted since the job was queued
  const progress = await ScanProgress.start(libraryId, options.trigger ?? 'manual', options.onProgress);
  const { counts } = progress;
  try {
    const known = await loadKnownFiles(libraryId);
    const keep = libraryFileFilter(library);
    const toUpsert: WalkedFile[] = [];
    const toRestore: string[] = [];
    const seen = new Set<string>();
    for await (const file of walkLibrary(library.rootPath)) {
      if (!keep(file.relPath)) continue;
      if (file.type === 'unsupported') {
        counts.unsupported += 1;
        continue;
      }
      counts.seen += 1;
      seen.add(file.relPath);
      const previous = known.get(file.relPath);
      if (previous && previous.size === file.size && previous.mtimeMs === Math.floor(file.mtimeMs)) {
        if (previous.status === 'offline') toRestore.push(previous.id);
      } else {
        if (previous) counts.changed += 1;
        else counts.added += 1;
        toUpsert.push(file);
      }
      if (counts.seen % 256 === 0) await progress.tick();
    }
    const missing = [...known.entries()].filter(([p, k]) => k.status === 'online' && !seen.has(p)).map(([, k]) => k.id);
    counts.offline = await markAssetsOffline(missing);
    counts.restored = await markAssetsOnline(toRestore);
    for (let i = 0; i < toUpsert.length; i += BATCH) {
      counts.queued += await upsertScannedFiles(library.id, library.ownerId, toUpsert.slice(i, i + BATCH));
      await progress.tick();
    }
    await touchLibraryScanned(library.id);
    await progress.finish();
    log.info({ libraryId, ...counts }, 'library scanned');
    return counts;
  } catch (error) {
    await progress.finish(error).catch(() => undefined);
    throw error;
  }
}

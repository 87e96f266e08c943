// library:scan. Compares the folder with what the database knows, in memory: an unchanged
// file (same size and mtime) costs one stat and nothing else. Files that disappeared are
// marked offline first — never deleted — so that a moved file's ingest can find its offline
// twin by checksum and keep its identity. New and changed files are upserted in batches,
// each batch with its ingest jobs in the same transaction. A Live Photo's video (same name
// as a photo beside it) is part of the photo, never an asset: the photo records it, and a
// change of that video alone remakes only the photo's motion part (pair-live-photos.ts). A
// video's .nfo sidecar that changed beside an unchanged video is imported again (lib/importers).
import type { ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { log } from '@/lib/server/log';
import { findLibrary, touchLibraryScanned } from './libraries.queries';
import type { ScanCounts } from './libraries.schemas';
import { keepsEveryFile, libraryFileFilter } from './library-file-filter';
import { forgetMotionPartAssets } from './forget-motion-parts';
import { pairLivePhotos } from './pair-live-photos';
import { findAssetIds, loadKnownFolders } from './known-files.queries';
import { KnownFolder, type PackedFolder } from './known-folder';
import { ScanFindings } from './scan-findings';
import { markAssetsOffline, markAssetsOnline, updateMotionSources, upsertScannedFiles } from './scan.queries';
import { ScanProgress } from './scan-progress';
import { walkLibrary } from './walk-library';
import { readAhead } from './read-ahead';
import { queueChangedNfoImports } from '@/lib/importers/queue-changed-nfo-imports';

const BATCH = 1000;
// Files the walk may read ahead while the known files load (~150 bytes each, 15 MB at most):
// three times what it reads from the cache in the tenth of a second PostgreSQL takes to pack
// 100,000 known files.
const READ_AHEAD_FILES = 100_000;

export async function scanLibrary(
  libraryId: string,
  options: { trigger?: ScanTrigger; onProgress?: (counts: ScanCounts) => void } = {},
): Promise<ScanCounts | null> {
  // The database and the disk work at once: the known files load while the walk reads ahead.
  const loading = loadKnownFolders(libraryId);
  loading.catch(() => undefined); // awaited below; a scan that ends first must not leave it unheard
  const library = await findLibrary(libraryId);
  if (!library) return null; // deleted since the job was queued
  const progress = ScanProgress.start(libraryId, options.trigger ?? 'manual', options.onProgress);
  const { counts } = progress;
  try {
    let knownFolders: Map<string, PackedFolder> | undefined;
    const keep = keepsEveryFile(library) ? null : libraryFileFilter(library);
    const findings = new ScanFindings(counts);
    const tick = () => progress.tick();
    const walk = readAhead(walkLibrary(library.rootPath), { until: loading, limit: READ_AHEAD_FILES, weigh: (f) => f.entries.length });
    for await (const folder of walk) {
      knownFolders ??= await loading;
      const known = new KnownFolder(knownFolders.get(folder.relDir));
      knownFolders.delete(folder.relDir);
      const entries = keep ? folder.entries.filter((f) => keep(f.relPath)) : folder.entries;
      await findings.addFolder(folder.relDir, pairLivePhotos(entries), known, tick);
    }
    for (const [relDir, packed] of knownFolders ?? (await loading)) findings.addUnreached(relDir, new KnownFolder(packed));

    const ids = await findAssetIds(library.id, findings.pathsToLookUp());
    const idsOf = (relPaths: string[]) => relPaths.flatMap((p) => ids.get(p) ?? []);
    const withIds = <T extends { relPath: string }>(items: T[]) => items.flatMap((item) => (ids.has(item.relPath) ? [{ ...item, id: ids.get(item.relPath)! }] : []));
    counts.offline = await markAssetsOffline(idsOf(findings.gone));
    counts.restored = await markAssetsOnline(idsOf(findings.toRestore));
    await forgetMotionPartAssets(idsOf(findings.motionParts));
    counts.queued += await updateMotionSources(withIds(findings.motionChanged));
    for (let i = 0; i < findings.toUpsert.length; i += BATCH) {
      counts.queued += await upsertScannedFiles(library.id, library.ownerId, findings.toUpsert.slice(i, i + BATCH));
      await progress.tick();
    }
    const unchangedVideos = withIds(findings.unchangedVideos.map((relPath) => ({ relPath })));
    counts.queued += await queueChangedNfoImports(library.id, findings.nfos, findings.videos, unchangedVideos);
    await Promise.all([touchLibraryScanned(library.id), progress.finish()]);
    log.info({ libraryId, ...counts }, 'library scanned');
    return counts;
  } catch (error) {
    await progress.finish(error).catch(() => undefined);
    throw error;
  }
}

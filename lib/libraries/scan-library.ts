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
import { libraryFileFilter } from './library-file-filter';
import { forgetMotionPartAssets } from './forget-motion-parts';
import { type MotionFile, type PairedEntry, pairLivePhotos, type ScannedFile } from './pair-live-photos';
import { type KnownFile, loadKnownFolders, type PackedFolder, unpackKnownFolder } from './known-files.queries';
import { markAssetsOffline, markAssetsOnline, updateMotionSources, upsertScannedFiles } from './scan.queries';
import { ScanProgress } from './scan-progress';
import { type NfoFile, walkLibrary } from './walk-library';
import { readAhead } from './read-ahead';
import { queueChangedNfoImports } from '@/lib/importers/queue-changed-nfo-imports';

const BATCH = 1000;
// Files the walk may read ahead while the known files load (~100 bytes each, 10 MB at most): as
// many as it walks, from the cache, in the ~0.2 s the database takes to pack 100,000 files.
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
  const progress = await ScanProgress.start(libraryId, options.trigger ?? 'manual', options.onProgress);
  const { counts } = progress;
  try {
    let knownFolders: Map<string, PackedFolder> | undefined;
    const keep = libraryFileFilter(library);
    const toUpsert: ScannedFile[] = [];
    const toRestore: string[] = [];
    const motionChanged: { id: string; motion: MotionFile | null }[] = [];
    const missing: string[] = [];
    const motionPartIds: string[] = [];
    // .nfo sidecars and videos, for re-importing a sidecar that changed beside an unchanged video.
    const nfos: NfoFile[] = [];
    const videos: string[] = [];
    const unchangedVideos: { id: string; relPath: string }[] = [];
    for await (const folder of readAhead(walkLibrary(library.rootPath), READ_AHEAD_FILES, (f) => f.entries.length)) {
      knownFolders ??= await loading;
      const known = unpackKnownFolder(knownFolders.get(folder.relDir));
      knownFolders.delete(folder.relDir);
      const entries = pairLivePhotos(folder.entries.filter((f) => keep(f.relPath)));
      let found = 0;
      for (const file of entries) {
        if (file.type === 'unsupported') {
          counts.unsupported += 1;
          continue;
        }
        if (file.type === 'nfo') {
          nfos.push(file);
          continue;
        }
        const previous = known.get(file.name);
        if (previous) found += 1;
        if (file.type === 'motion-part') {
          if (previous) motionPartIds.push(previous.id);
          continue;
        }
        counts.seen += 1;
        if (file.type === 'video') videos.push(file.relPath);
        if (previous && previous.size === file.size && previous.mtimeMs === Math.floor(file.mtimeMs)) {
          if (file.type === 'video') unchangedVideos.push({ id: previous.id, relPath: file.relPath });
          if (previous.status === 'offline') toRestore.push(previous.id);
          if (!sameMotion(previous, file.motion)) {
            counts.changed += 1;
            motionChanged.push({ id: previous.id, motion: file.motion });
          }
        } else {
          if (previous) counts.changed += 1;
          else counts.added += 1;
          toUpsert.push(file);
        }
        if (counts.seen % 256 === 0) await progress.tick();
      }
      if (found < known.size) addGone(known, entries, missing);
    }
    // Folders the walk did not reach (gone, unreadable, now hidden): all their files have gone.
    for (const packed of (knownFolders ?? (await loading)).values()) addGone(unpackKnownFolder(packed), [], missing);
    counts.offline = await markAssetsOffline(missing);
    counts.restored = await markAssetsOnline(toRestore);
    await forgetMotionPartAssets(motionPartIds);
    counts.queued += await updateMotionSources(motionChanged);
    for (let i = 0; i < toUpsert.length; i += BATCH) {
      counts.queued += await upsertScannedFiles(library.id, library.ownerId, toUpsert.slice(i, i + BATCH));
      await progress.tick();
    }
    counts.queued += await queueChangedNfoImports(library.id, nfos, videos, unchangedVideos);
    await Promise.all([touchLibraryScanned(library.id), progress.finish()]);
    log.info({ libraryId, ...counts }, 'library scanned');
    return counts;
  } catch (error) {
    await progress.finish(error).catch(() => undefined);
    throw error;
  }
}

/** The ids of a folder's online known files that are neither among its photos and videos now nor a Live Photo's video. */
function addGone(known: Map<string, KnownFile>, entries: PairedEntry[], ids: string[]): void {
  const here = new Set(entries.flatMap((e) => (e.type === 'unsupported' || e.type === 'nfo' ? [] : [e.name])));
  for (const [name, file] of known) if (file.status === 'online' && !here.has(name)) ids.push(file.id);
}

/** The Live Photo video recorded for a photo is the one beside it now (same path, size, mtime). */
function sameMotion(previous: KnownFile, now: MotionFile | null): boolean {
  const was = previous.motion;
  if (!was || !now) return was === now;
  return was.relPath === now.relPath && was.size === now.size && was.mtimeMs === Math.floor(now.mtimeMs);
}

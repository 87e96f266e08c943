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
import { type MotionFile, pairLivePhotos, type ScannedFile } from './pair-live-photos';
import { type KnownFile, loadKnownFiles, markAssetsOffline, markAssetsOnline, updateMotionSources, upsertScannedFiles } from './scan.queries';
import { ScanProgress } from './scan-progress';
import { type NfoFile, type UnsupportedFile, walkLibrary, type WalkedFile } from './walk-library';
import { queueChangedNfoImports } from '@/lib/importers/queue-changed-nfo-imports';

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
    const toUpsert: ScannedFile[] = [];
    const toRestore: string[] = [];
    const motionChanged: { id: string; motion: MotionFile | null }[] = [];
    const seen = new Set<string>();
    const motionParts = new Set<string>();
    // .nfo sidecars and videos, for re-importing a sidecar that changed beside an unchanged video.
    const nfos: NfoFile[] = [];
    const videos: string[] = [];
    const unchangedVideos: { id: string; relPath: string }[] = [];
    for await (const file of pairLivePhotos(kept(walkLibrary(library.rootPath), keep))) {
      if (file.type === 'unsupported') {
        counts.unsupported += 1;
        continue;
      }
      if (file.type === 'nfo') {
        nfos.push(file);
        continue;
      }
      if (file.type === 'motion-part') {
        motionParts.add(file.relPath);
        continue;
      }
      counts.seen += 1;
      seen.add(file.relPath);
      const previous = known.get(file.relPath);
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
    const missing = [...known.entries()].filter(([p, k]) => k.status === 'online' && !seen.has(p) && !motionParts.has(p)).map(([, k]) => k.id);
    counts.offline = await markAssetsOffline(missing);
    counts.restored = await markAssetsOnline(toRestore);
    await forgetMotionPartAssets([...motionParts].flatMap((p) => known.get(p)?.id ?? []));
    counts.queued += await updateMotionSources(motionChanged);
    for (let i = 0; i < toUpsert.length; i += BATCH) {
      counts.queued += await upsertScannedFiles(library.id, library.ownerId, toUpsert.slice(i, i + BATCH));
      await progress.tick();
    }
    counts.queued += await queueChangedNfoImports(library.id, nfos, videos, unchangedVideos);
    await touchLibraryScanned(library.id);
    await progress.finish();
    log.info({ libraryId, ...counts }, 'library scanned');
    return counts;
  } catch (error) {
    await progress.finish(error).catch(() => undefined);
    throw error;
  }
}

async function* kept(files: AsyncIterable<WalkedFile | UnsupportedFile | NfoFile>, keep: (relPath: string) => boolean) {
  for await (const file of files) if (keep(file.relPath)) yield file;
}

/** The Live Photo video recorded for a photo is the one beside it now (same path, size, mtime). */
function sameMotion(previous: KnownFile, now: MotionFile | null): boolean {
  const was = previous.motion;
  if (!was || !now) return was === now;
  return was.relPath === now.relPath && was.size === now.size && was.mtimeMs === Math.floor(now.mtimeMs);
}

// asset:ingest. Opens the original by its database path through the safe opener (every read
// after that is from the checked descriptor), then ingests it as a photo or a video. A file seen for the first time whose checksum matches an offline asset of the same
// library is that asset, moved or renamed: the old asset adopts the new path and keeps its
// id (and with it favourites, albums and other state). A file that cannot be read or decoded
// is a normal outcome: the asset ends failed with a reason users can read, a report is left
// for /admin/jobs, and the job itself succeeds (retrying a corrupt file changes nothing).
// A ready video queues video:media; a photo with a motion part (a clip inside it, a Live
// Photo's video beside it, or one made before) queues asset:motion (make-motion.ts). A video's
// .nfo sidecar is imported once it is ready, and a video seen for the first time queues the
// owner's auto-tagger for it (lib/importers).
import { forgetAnalysis } from '@/lib/ml/ml.queries';
import { importFileChapters } from '@/lib/chapters/import-file-chapters';
import { importNfoAtIngest } from '@/lib/importers/import-nfo-sidecar';
import { saveFilePlace } from '@/lib/places/save-file-place';
import { enqueue } from '@/lib/jobs/enqueue';
import { reportJobFailure } from '@/lib/jobs/report-job-failure';
import { MediaError } from '@/lib/media/media-error';
import { bufferReader, locateEmbeddedMotion } from '@/lib/media/motion-photo';
import type { PhotoDerivatives } from '@/lib/media/photo-derivatives';
import type { Prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import {
  adoptMovedFile,
  type ExifRow,
  findAssetForIngest,
  findOfflineTwin,
  type IngestedFields,
  markAssetFailed,
  markAssetOffline,
  saveIngestResult,
  type VideoMetaRow,
} from './assets.queries';
import { readPhoto } from './ingest-photo';
import { readVideo } from './ingest-video';
import { type LibraryFile, openLibraryFile } from '@/lib/libraries/open-library-file';
import { readSidecar, sha1OfOpenFile } from './read-original';
import { writeRenditions } from './write-renditions';
import { countSubtitleTracks } from './count-subtitle-tracks';

export type IngestOutcome = 'ready' | 'failed' | 'offline' | 'moved' | 'skipped';

export interface JobContext {
  jobId: string | null;
  attempt: number;
}

export async function ingestAsset(assetId: string, job: JobContext = { jobId: null, attempt: 1 }): Promise<IngestOutcome> {
  const asset = await findAssetForIngest(assetId);
  if (!asset || asset.status === 'trashed') return 'skipped';
  const original = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (original.kind === 'missing') {
    await markAssetOffline(assetId);
    return 'offline';
  }
  if (original.kind === 'unreadable') return fail(assetId, new MediaError(original.reason, original.reason), job, null);
  try {
    return await ingestOpened(asset, original, job);
  } finally {
    await original.handle.close();
  }
}

type AssetForIngest = NonNullable<Awaited<ReturnType<typeof findAssetForIngest>>>;

async function ingestOpened(
  asset: AssetForIngest,
  original: Extract<LibraryFile, { kind: 'ok' }>,
  job: JobContext,
): Promise<IngestOutcome> {
  const assetId = asset.id;
  const firstSight = asset.checksum === null;
  const adopt = async (checksum: Buffer): Promise<boolean> => {
    if (!firstSight) return false;
    const twin = await findOfflineTwin(asset.libraryId, new Uint8Array(checksum), BigInt(original.size), assetId);
    if (!twin) return false;
    const { motionRelPath, motionSize, motionMtime } = asset;
    await adoptMovedFile(assetId, twin.id, { relPath: asset.relPath, size: BigInt(original.size), mtime: original.mtime, motionRelPath, motionSize, motionMtime }, (tx) =>
      // A Live Photo moved with its video: the kept asset's motion part is remade from the new place.
      motionRelPath ? enqueue(tx, 'asset:motion', { assetId: twin.id }) : Promise.resolve(),
    );
    log.info({ from: twin.relPath, to: asset.relPath, assetId: twin.id }, 'file moved; asset kept');
    return true;
  };

  if (asset.type === 'video') {
    const checksum = await sha1OfOpenFile(original.handle);
    if (await adopt(checksum)) return 'moved';
    try {
      const video = await readVideo(original.handle.fd, asset.videoMeta?.posterSeconds ?? null);
      const { probe } = video;
      const meta: VideoMetaRow = {
        container: probe.container,
        videoCodec: probe.videoCodec,
        audioCodec: probe.audioCodec,
        fps: probe.fps,
        bitrate: probe.bitrate,
        rotation: probe.rotation,
        browserPlayable: probe.browserPlayable,
        subtitleTracks: await countSubtitleTracks(probe, asset.library.rootPath, asset.relPath),
      };
      // The file's chapters replace those of an earlier ingest, with the rows that make it ready.
      await save(assetId, video.rendered, { ...video.fields, checksum: new Uint8Array(checksum) }, null, meta, 'video:media', async (tx) => {
        await importFileChapters(assetId, probe.chapters, tx);
        if (firstSight) await enqueue(tx, 'organise:auto-tag', { userId: asset.ownerId, assetIds: [assetId] });
      });
      await importNfoAtIngest({ id: assetId, rootPath: asset.library.rootPath, relPath: asset.relPath });
      return 'ready';
    } catch (error) {
      return fail(assetId, error, job, { checksum: new Uint8Array(checksum) });
    }
  }

  const [data, sidecar] = await Promise.all([original.handle.readFile(), readSidecar(asset.library.rootPath, asset.relPath)]);
  const photo = await readPhoto(data, sidecar, asset.relPath, original.mtime);
  if (await adopt(photo.checksum)) return 'moved';
  const fields = { ...photo.fields, checksum: new Uint8Array(photo.checksum) };
  try {
    const rendered = await photo.render();
    const motion = (await hasMotionPart(asset, data)) ? 'asset:motion' : null;
    await save(assetId, rendered, { ...fields, mime: rendered.mime }, photo.exif, null, motion);
    return 'ready';
  } catch (error) {
    return fail(assetId, error, job, fields);
  }
}

/**
 * Whether asset:motion has work: a Live Photo video the scan found beside the photo, a clip
 * inside the photo (a few header reads of the bytes already in memory), or a motion part made
 * before, to remake or remove. Most photos have none, and queue nothing.
 */
async function hasMotionPart(asset: AssetForIngest, data: Buffer): Promise<boolean> {
  if (asset.motionRelPath !== null || asset.derived.length > 0) return true;
  return (await locateEmbeddedMotion(bufferReader(data), data.length)) !== null;
}

/** `followUp`: the job that takes over from the saved rows (a video's preview media, a photo's motion part). */
async function save(
  assetId: string,
  rendered: PhotoDerivatives,
  fields: IngestedFields & { mime: string },
  exif: ExifRow | null,
  videoMeta: VideoMetaRow | null,
  followUp: 'video:media' | 'asset:motion' | null,
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  const derived = await writeRenditions(assetId, rendered);
  await saveIngestResult(
    assetId,
    { ...fields, width: rendered.width, height: rendered.height, thumbhash: new Uint8Array(rendered.thumbhash) },
    exif,
    derived,
    videoMeta,
    // A video's sprite and teasers, a photo's motion part, are queued with the rows that make it
    // ready (keyed by asset: a re-ingest folds into one queued run).
    // The ML analysis is queued with them at the lowest priority: it reads the preview just
    // written (and a video's sprite, made before it by priority) and never holds a thumbnail back.
    async (tx) => {
      await alsoInTransaction?.(tx);
      // A photo's GPS becomes its place, looked up now (lib/places); a place set by hand stays.
      if (exif) await saveFilePlace(tx, assetId, exif);
      if (followUp) await enqueue(tx, followUp, { assetId });
      if (followUp === 'video:media') await enqueue(tx, 'video:phash', { assetId }); // lib/duplicates
      await forgetAnalysis(tx, assetId);
      await enqueue(tx, 'ml:analyze', { assetId }); // lib/ml
    },
  );
  await requestCountsRefresh(); // debounced: a batch of ingests folds into one count refresh
}

/** Only decode problems end here as a failed asset; anything else is a real job failure. */
async function fail(
  assetId: string,
  error: unknown,
  job: JobContext,
  fields: IngestedFields | null,
): Promise<IngestOutcome> {
  if (!(error instanceof MediaError)) throw error;
  log.warn({ assetId, reason: error.reason }, 'asset failed');
  await markAssetFailed(assetId, error.reason, fields);
  await reportJobFailure({
    jobId: job.jobId,
    task: 'asset:ingest',
    payload: { assetId },
    attempt: job.attempt,
    message: error.reason,
    stack: error.stack,
    stderrTail: (error as { stderr?: string }).stderr ?? null,
  });
  return 'failed';
}

// asset:motion — a photo's motion part, made into the Derived file `motion` (an MP4 browsers
// play): a Live Photo's video beside it (recorded by the scan), else the video inside the photo
// (Google/Samsung motion photos; located by lib/media/motion-photo.ts from a few headers). Every
// file is opened through the safe opener and the tools read the checked descriptor; the clip of
// a motion photo is read in place (ffmpeg's subfile), never copied out first unless it is kept.
// A photo with no motion part (any more: the .MOV was deleted) loses its Derived row and file.
// A clip no tool can read is a normal outcome: no motion, a report for /admin/jobs, no retry.
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { reportJobFailure } from '@/lib/jobs/report-job-failure';
import { type LibraryFile, openLibraryFile } from '@/lib/libraries/open-library-file';
import { MediaError } from '@/lib/media/media-error';
import { locateEmbeddedMotion, type MotionRange } from '@/lib/media/motion-photo';
import { log } from '@/lib/server/log';
import { putObjectsWrittenBy, removeObject } from '@/lib/storage/storage';
import { motionRecipe, writeMotionMp4 } from '@/lib/videos/motion-video';
import { probeVideo, type VideoProbe } from '@/lib/videos/probe-video';
import type { JobContext } from './ingest-asset';
import { derivedKey } from './write-renditions';
import { deleteMotion, findPhotoForMotion, saveMotion } from './motion.queries';

export type MotionOutcome = 'made' | 'none' | 'failed' | 'skipped';

type Opened = Extract<LibraryFile, { kind: 'ok' }>;

interface MotionSource {
  file: Opened;
  /** Set for a motion photo: where its clip lies inside the photo. */
  range?: MotionRange;
}

type Photo = NonNullable<Awaited<ReturnType<typeof findPhotoForMotion>>>;

export async function makeMotion(assetId: string, job: JobContext = { jobId: null, attempt: 1 }): Promise<MotionOutcome> {
  const photo = await findPhotoForMotion(assetId);
  if (!photo || photo.type !== 'photo' || photo.status === 'trashed') return 'skipped';
  const source = await openMotionSource(photo);
  if (source === 'unreadable') return 'skipped'; // the photo itself is gone: the scan marks it offline
  if (!source) {
    await dropMotion(photo);
    return 'none';
  }
  try {
    return await makeFrom(photo, source);
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    log.warn({ assetId, reason: error.reason }, 'motion part not made');
    await dropMotion(photo);
    await reportJobFailure({ jobId: job.jobId, task: 'asset:motion', payload: { assetId }, attempt: job.attempt, message: error.reason, stack: error.stack, stderrTail: (error as { stderr?: string }).stderr ?? null });
    return 'failed';
  } finally {
    await source.file.handle.close();
  }
}

/** The Live Photo's video if it can be opened, else the clip inside the photo; 'unreadable' when the photo cannot be opened. */
async function openMotionSource(photo: Photo): Promise<MotionSource | null | 'unreadable'> {
  const root = photo.library.rootPath;
  if (photo.motionRelPath) {
    const video = await openLibraryFile(root, photo.motionRelPath);
    if (video.kind === 'ok') return { file: video };
  }
  const file = await openLibraryFile(root, photo.relPath);
  if (file.kind !== 'ok') return 'unreadable';
  const read = async (offset: number, length: number) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  };
  const range = await locateEmbeddedMotion(read, file.size);
  if (range) return { file, range };
  await file.handle.close();
  return null;
}

async function makeFrom(photo: Photo, source: MotionSource): Promise<MotionOutcome> {
  const { fd } = source.file.handle;
  const probe = await probeClip(fd, source);
  const recipe = motionRecipe(probe, source.range !== undefined);
  const key = derivedKey(photo.id, 'motion.mp4');
  const written: { probe?: VideoProbe } = {};
  const [bytes] = await putObjectsWrittenBy([key], async ([out]) => {
    if (recipe === 'keep') {
      const { start, end } = source.range!;
      await pipeline(source.file.handle.createReadStream({ start, end: end - 1, autoClose: false }), createWriteStream(out));
    } else {
      await writeMotionMp4({ fd, range: source.range, audioCodec: probe.audioCodec }, recipe, out);
    }
    written.probe = await probeWritten(out);
  });
  const made = written.probe!;
  await saveMotion(photo.id, { storageKey: key, width: made.width, height: made.height, bytes });
  log.info({ assetId: photo.id, from: source.range?.source ?? 'live-photo', recipe }, 'motion part made');
  return 'made';
}

/** The clip's facts; a clip ffprobe cannot read, or one without a moment of video, is no motion part. */
async function probeClip(fd: number, source: MotionSource): Promise<VideoProbe> {
  const probe = await probeVideo(fd, source.range).catch((error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    throw Object.assign(new MediaError(why, `The photo’s motion video cannot be read: ${why}`), { stderr: (error as { stderr?: string }).stderr });
  });
  if (!probe.durationMs) throw new MediaError('no duration', 'The photo’s motion video has no length.');
  return probe;
}

/** Width and height as the browser will show them (after rotation), from the file just written. */
async function probeWritten(tempPath: string): Promise<VideoProbe> {
  const handle = await open(tempPath, 'r');
  try {
    return await probeVideo(handle.fd);
  } finally {
    await handle.close();
  }
}

async function dropMotion(photo: Photo): Promise<void> {
  if (photo.derived.length === 0) return;
  await deleteMotion(photo.id);
  for (const d of photo.derived) await removeObject(d.storageKey).catch((err: unknown) => log.warn({ key: d.storageKey, err }, 'could not remove derived file'));
}

// The image of a performer, studio or tag of the user's: a frame of a video they can read (at
// a time they pick), or an uploaded image. Either is decoded by sharp (which proves it is an
// image: anything else is 422), turned upright, scaled to at most 600 px and kept as WebP in
// storage under a fresh key (so caches never show the old one); the old file is removed.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { framesBusy, noFrameThere, timeOutsideVideo } from '@/lib/assets/frame-errors';
import { findVideoForFrame } from '@/lib/assets/video-frames.queries';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { AppError, notFound } from '@/lib/server/errors';
import { putObject, removeObject } from '@/lib/storage/storage';
import { extractFrameAt } from '@/lib/videos/extract-poster-frame';
import { claimFrameSlot } from '@/lib/videos/frame-slots';
import { imageUrlOf, permissionOf } from './entity-view';
import { findEntity, swapImageKey } from './organise.queries';
import { type EntityKind, IMAGE_MAX_SIDE } from './organise.schemas';

const notAnImage = () =>
  new AppError('validation_failed', 'That file is not an image Shoebox can read (try a JPEG, PNG or WebP).', { formErrors: ['Not a readable image.'], fieldErrors: {} });

async function toWebp(input: Buffer): Promise<Buffer> {
  if (input.length === 0) throw notAnImage();
  try {
    return await sharp(input, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(IMAGE_MAX_SIDE, IMAGE_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw notAnImage();
  }
}

async function frameOf(assetId: string, seconds: number): Promise<Buffer> {
  const video = await findVideoForFrame(assetId);
  if (!video || video.type !== 'video') throw notFound('No such video.');
  if (video.durationMs !== null && seconds > video.durationMs / 1000) throw timeOutsideVideo('seconds', video.durationMs / 1000);
  const release = claimFrameSlot();
  if (!release) throw framesBusy();
  try {
    const file = await openLibraryFile(video.library.rootPath, video.relPath);
    if (file.kind !== 'ok') throw notFound('The video file is not available (moved, deleted, empty or outside its library).');
    try {
      const frame = await extractFrameAt(file.handle.fd, seconds, 'still').catch(() => null);
      if (!frame) throw noFrameThere();
      return frame;
    } finally {
      await file.handle.close();
    }
  } finally {
    release();
  }
}

export type ImageSource = { kind: 'frame'; assetId: string; seconds: number } | { kind: 'upload'; read: () => Promise<Buffer> };

export async function setEntityImage(user: Actor, kind: EntityKind, id: string, source: ImageSource): Promise<{ imageUrl: string }> {
  await requireAccess(user, permissionOf(kind, 'update'), [id]);
  if (source.kind === 'frame') await requireAccess(user, 'asset.read', [source.assetId]);
  const webp = await toWebp(source.kind === 'frame' ? await frameOf(source.assetId, source.seconds) : await source.read());
  const key = `organise/${kind}/${id}-${randomBytes(6).toString('hex')}.webp`;
  await putObject(key, webp);
  const old = await swapImageKey(kind, id, key);
  if (old) await removeObject(old).catch(() => undefined);
  const row = await findEntity(kind, id);
  return { imageUrl: imageUrlOf(kind, id, key, row?.updated_at ?? new Date())! };
}

export async function removeEntityImage(user: Actor, kind: EntityKind, id: string): Promise<void> {
  await requireAccess(user, permissionOf(kind, 'update'), [id]);
  const old = await swapImageKey(kind, id, null);
  if (old) await removeObject(old).catch(() => undefined);
}

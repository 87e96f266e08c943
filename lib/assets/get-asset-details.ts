// What the viewer's info panel and the video page show: the date and where it came from,
// camera, exposure, file path and size, GPS; whether a photo has a motion part to play; the
// owner's title, description and link; for a video, what ffprobe said of it and the poster's
// time. Another user's asset is a 404 like a missing one.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { hasAccess, requireAccess } from '@/lib/access/require-access';
import { placeViewOf } from '@/lib/places/place-view';
import { notFound } from '@/lib/server/errors';
import { findAssetDetails } from './asset-actions.queries';
import type { AssetDetails } from './assets.schemas';
import { thumbnailUrlOf } from './derived-urls';

export async function getAssetDetails(user: Actor, assetId: string): Promise<AssetDetails> {
  await requireAccess(user, 'asset.read', [assetId]);
  const a = await findAssetDetails(user.id, assetId);
  if (!a) throw notFound('No such photo.');
  const state = a.userStates[0];
  const x = a.exif;
  const v = a.videoMeta;
  const derivedAt = (kind: 'thumb' | 'preview') => a.derived.find((d) => d.kind === kind)?.createdAt;
  const thumbAt = derivedAt('thumb');
  const previewAt = derivedAt('preview');
  return {
    id: a.id,
    type: a.type,
    status: a.status,
    ingestStatus: a.ingestStatus,
    ingestError: a.ingestError,
    fileName: path.posix.basename(a.relPath),
    relPath: a.relPath,
    libraryName: a.library.name,
    size: Number(a.size),
    mime: a.mime,
    width: a.width,
    height: a.height,
    durationMs: a.durationMs,
    takenAtLocal: a.takenAtLocal.toISOString().replace('Z', ''),
    takenAtUtc: a.takenAtUtc?.toISOString() ?? null,
    takenAtSource: a.takenAtSource,
    dateEdited: a.dateEdit
      ? {
          editedAt: a.dateEdit.editedAt.toISOString(),
          original: {
            takenAtLocal: a.dateEdit.originalTakenAtLocal.toISOString().replace('Z', ''),
            takenAtUtc: a.dateEdit.originalTakenAtUtc?.toISOString() ?? null,
            takenAtSource: a.dateEdit.originalTakenAtSource,
          },
        }
      : null,
    favourite: Boolean(state?.favouriteAt),
    archived: state?.archived ?? false,
    motion: a.derived.some((d) => d.kind === 'motion'),
    camera: x && (x.make || x.model || x.lens) ? { make: x.make, model: x.model, lens: x.lens } : null,
    exposure:
      x && (x.exposureTime || x.fNumber || x.iso || x.focalLength)
        ? { exposureTime: x.exposureTime, fNumber: x.fNumber, iso: x.iso, focalLength: x.focalLength }
        : null,
    gps: x?.latitude != null && x.longitude != null ? { latitude: x.latitude, longitude: x.longitude } : null,
    place: placeViewOf(a.place, x),
    title: a.title,
    description: a.description,
    externalUrl: a.externalUrl,
    addedAt: a.createdAt.toISOString(),
    folderPath: path.posix.join(a.library.rootPath, path.posix.dirname(a.relPath)),
    canEdit: await hasAccess(user, 'asset.update', [assetId]),
    thumbnailUrl: thumbAt ? thumbnailUrlOf(a.id, thumbAt) : null,
    previewUrl: previewAt ? thumbnailUrlOf(a.id, previewAt, 'preview') : null,
    video:
      a.type === 'video' && v
        ? {
            container: v.container,
            videoCodec: v.videoCodec,
            audioCodec: v.audioCodec,
            fps: v.fps,
            bitrate: v.bitrate,
            rotation: v.rotation,
            browserPlayable: v.browserPlayable,
            posterSeconds: v.posterSeconds,
          }
        : null,
  };
}

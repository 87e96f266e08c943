// What the viewer's info panel shows: the date and where it came from, camera, exposure,
// file path and size, GPS; whether the photo has a motion part to play. Another user's asset
// is a 404 like a missing one.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { findAssetDetails } from './asset-actions.queries';
import type { AssetDetails } from './assets.schemas';

export async function getAssetDetails(user: Actor, assetId: string): Promise<AssetDetails> {
  await requireAccess(user, 'asset.read', [assetId]);
  const a = await findAssetDetails(user.id, assetId);
  if (!a) throw notFound('No such photo.');
  const state = a.userStates[0];
  const x = a.exif;
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
    favourite: Boolean(state?.favouriteAt),
    archived: state?.archived ?? false,
    motion: a.derived.length > 0,
    camera: x && (x.make || x.model || x.lens) ? { make: x.make, model: x.model, lens: x.lens } : null,
    exposure:
      x && (x.exposureTime || x.fNumber || x.iso || x.focalLength)
        ? { exposureTime: x.exposureTime, fNumber: x.fNumber, iso: x.iso, focalLength: x.focalLength }
        : null,
    gps: x?.latitude != null && x.longitude != null ? { latitude: x.latitude, longitude: x.longitude } : null,
  };
}

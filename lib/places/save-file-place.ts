// At ingest, in the ingest's transaction: the file's GPS becomes its place, looked up at once
// (in process, microseconds). A file without usable GPS (none, 0,0, out of range) has no EXIF
// place; a place the owner set by hand is never overwritten or removed by a re-ingest.
import type { Prisma } from '@/lib/server/db';
import { deleteExifPlace, upsertExifPlace } from './places.queries';
import { reverseGeocode } from './reverse-geocode';

export async function saveFilePlace(tx: Prisma.TransactionClient, assetId: string, gps: { latitude: number | null; longitude: number | null } | null): Promise<void> {
  const place = gps?.latitude != null && gps.longitude != null ? reverseGeocode(gps.latitude, gps.longitude) : null;
  if (!place || gps?.latitude == null || gps.longitude == null) {
    await deleteExifPlace(tx, assetId);
    return;
  }
  await upsertExifPlace(tx, assetId, { latitude: gps.latitude, longitude: gps.longitude, place });
}

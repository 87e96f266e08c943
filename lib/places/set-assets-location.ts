// The owner sets where assets were taken, by hand (one or many, all or nothing: any id that is
// not theirs, or missing, refuses the whole request with 404), or reverts them to their files'
// places. Stored in asset_places with source manual, looked up at once; the original file is
// never written. Revert brings back the EXIF place, or removes the row when the file has none.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import type { LocationInput, LocationUpdate } from './places.schemas';
import { deletePlaces, selectExifGps, upsertExifPlace, upsertManualPlaces } from './places.queries';
import { reverseGeocode } from './reverse-geocode';

export async function setAssetsLocation(actor: Actor, ids: string[], location: LocationInput | null): Promise<LocationUpdate> {
  // Sorted: parallel requests over the same rows lock them in one order (no deadlock).
  const unique = [...new Set(ids)].sort();
  await requireAccess(actor, 'asset.update', unique);
  if (location) {
    // The schema refused 0,0 and out-of-range values, so this always finds a place (a city, a country, or open sea).
    const place = reverseGeocode(location.latitude, location.longitude)!;
    await prisma().$transaction((tx) => upsertManualPlaces(tx, unique, { ...location, place }));
    return { updated: unique.length };
  }
  const files = await selectExifGps(unique);
  await prisma().$transaction(async (tx) => {
    await deletePlaces(tx, unique);
    for (const f of files) {
      const place = reverseGeocode(f.latitude, f.longitude);
      if (place) await upsertExifPlace(tx, f.asset_id, { latitude: f.latitude, longitude: f.longitude, place });
    }
  });
  return { updated: unique.length };
}

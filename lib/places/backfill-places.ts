// places:backfill — places for assets ingested with GPS before places existed, and rows still to
// look up (geocoded_at IS NULL). Batches of BATCH: insert the missing rows, then look each batch
// up in process and save it in one statement. Idempotent: a second run finds nothing to do; a
// row an ingest or the owner changed meanwhile is not overwritten (the update only takes rows
// still pending). Queued at worker start when there is work, and from /admin → Jobs.
import { enqueue } from '@/lib/jobs/enqueue';
import { log } from '@/lib/server/log';
import { prisma } from '@/lib/server/db';
import { insertMissingExifPlaces, saveGeocodedPlaces, selectPendingPlaces, selectPlacesWork } from './places.queries';
import { type GeocodedPlace, reverseGeocode } from './reverse-geocode';

const BATCH = 1000;
const NOWHERE: GeocodedPlace = { city: null, region: null, countryCode: null, country: null, distanceKm: null };

export async function backfillPlaces(): Promise<{ inserted: number; geocoded: number }> {
  let inserted = 0;
  let geocoded = 0;
  for (;;) {
    const n = await insertMissingExifPlaces(BATCH);
    inserted += n;
    if (n < BATCH) break;
  }
  for (;;) {
    const rows = await selectPendingPlaces(BATCH);
    if (rows.length === 0) break;
    // A row whose position is no place (written by hand in SQL, say) is marked looked up with nothing found.
    const looked = rows.map((r) => ({ assetId: r.asset_id, place: reverseGeocode(r.latitude, r.longitude) ?? NOWHERE }));
    geocoded += await saveGeocodedPlaces(looked);
    if (rows.length < BATCH) break;
  }
  if (inserted || geocoded) log.info({ inserted, geocoded }, 'places backfilled');
  return { inserted, geocoded };
}

/** At worker start: queue the backfill only when there is something to do. */
export async function queuePlacesBackfillIfNeeded(): Promise<boolean> {
  const work = await selectPlacesWork();
  if (work.pending === 0 && !work.missing) return false;
  await enqueue(prisma(), 'places:backfill', {});
  return true;
}

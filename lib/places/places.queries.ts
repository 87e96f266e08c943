// The only SQL of places: asset_places rows from EXIF GPS (never over a manual row), manual
// rows set and reverted by the owner, the backfill's batches, and the Places page's aggregate.
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { ORDER_DESC } from '@/lib/timeline/timeline.queries';
import type { GeocodedPlace } from './reverse-geocode';

type Sql = PrismaTypes.Sql;
type Runner = Pick<PrismaTypes.TransactionClient, '$executeRaw' | '$queryRaw'>;

export interface PlaceAt {
  latitude: number;
  longitude: number;
  place: GeocodedPlace;
}

const columns = (p: GeocodedPlace) => Prisma.sql`${p.city}, ${p.region}, ${p.countryCode}, ${p.country}`;

/** The file's place, looked up already; a row the owner set by hand stays as it is. */
export function upsertExifPlace(tx: Runner, assetId: string, at: PlaceAt) {
  return tx.$executeRaw`
    INSERT INTO asset_places (asset_id, latitude, longitude, source, city, region, country_code, country, geocoded_at, updated_at)
    VALUES (${assetId}::uuid, ${at.latitude}, ${at.longitude}, 'exif', ${columns(at.place)}, now(), now())
    ON CONFLICT (asset_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, city = EXCLUDED.city,
      region = EXCLUDED.region, country_code = EXCLUDED.country_code, country = EXCLUDED.country, geocoded_at = now(), updated_at = now()
    WHERE asset_places.source = 'exif'`;
}

/** The file has no (usable) GPS any more: its EXIF place goes; a manual one stays. */
export function deleteExifPlace(tx: Runner, assetId: string) {
  return tx.$executeRaw`DELETE FROM asset_places WHERE asset_id = ${assetId}::uuid AND source = 'exif'`;
}

/** One place, set by hand on every id (all or nothing: the caller's transaction). */
export function upsertManualPlaces(tx: Runner, ids: string[], at: PlaceAt) {
  return tx.$executeRaw`
    INSERT INTO asset_places (asset_id, latitude, longitude, source, city, region, country_code, country, geocoded_at, updated_at)
    SELECT id, ${at.latitude}, ${at.longitude}, 'manual', ${columns(at.place)}, now(), now() FROM unnest(${ids}::uuid[]) AS id
    ON CONFLICT (asset_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, source = 'manual', city = EXCLUDED.city,
      region = EXCLUDED.region, country_code = EXCLUDED.country_code, country = EXCLUDED.country, geocoded_at = now(), updated_at = now()`;
}

export function deletePlaces(tx: Runner, ids: string[]) {
  return tx.$executeRaw`DELETE FROM asset_places WHERE asset_id = ANY(${ids}::uuid[])`;
}

/** The GPS the files gave (the EXIF rows), for "revert to the file's location". */
export function selectExifGps(ids: string[]) {
  return prisma().$queryRaw<{ asset_id: string; latitude: number; longitude: number }[]>`
    SELECT asset_id::text, latitude, longitude FROM exif
    WHERE asset_id = ANY(${ids}::uuid[]) AND latitude IS NOT NULL AND longitude IS NOT NULL`;
}

// The backfill (places:backfill).

/** Rows for files ingested with GPS before places existed (or before this ingest wrote them), still to look up. */
export function insertMissingExifPlaces(limit: number) {
  return prisma().$executeRaw`
    INSERT INTO asset_places (asset_id, latitude, longitude, source)
    SELECT x.asset_id, x.latitude, x.longitude, 'exif' FROM exif x
    WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL AND NOT (x.latitude = 0 AND x.longitude = 0)
      AND x.latitude BETWEEN -90 AND 90 AND x.longitude BETWEEN -180 AND 180
      AND NOT EXISTS (SELECT 1 FROM asset_places p WHERE p.asset_id = x.asset_id)
    LIMIT ${limit}
    ON CONFLICT (asset_id) DO NOTHING`;
}

export function selectPendingPlaces(limit: number) {
  return prisma().$queryRaw<{ asset_id: string; latitude: number; longitude: number }[]>`
    SELECT asset_id::text, latitude, longitude FROM asset_places WHERE geocoded_at IS NULL ORDER BY asset_id LIMIT ${limit}`;
}

/** Looked-up places of a batch, in one statement; a row changed meanwhile (geocoded by an ingest, set by hand) is left alone. */
export function saveGeocodedPlaces(rows: { assetId: string; place: GeocodedPlace }[]) {
  if (rows.length === 0) return Promise.resolve(0);
  const col = <K extends keyof GeocodedPlace>(k: K) => rows.map((r) => r.place[k]);
  return prisma().$executeRaw`
    UPDATE asset_places p SET city = v.city, region = v.region, country_code = v.country_code, country = v.country, geocoded_at = now(), updated_at = now()
    FROM unnest(${rows.map((r) => r.assetId)}::uuid[], ${col('city')}::text[], ${col('region')}::text[], ${col('countryCode')}::text[], ${col('country')}::text[])
      AS v (asset_id, city, region, country_code, country)
    WHERE p.asset_id = v.asset_id AND p.geocoded_at IS NULL`;
}

/** Whether the backfill has anything to do: a count on the pending index, and an anti-join that
 * stops at the first file with GPS and no place (with none missing, one pass by primary key). */
export async function selectPlacesWork(): Promise<{ pending: number; missing: boolean }> {
  const [row] = await prisma().$queryRaw<{ pending: number; missing: boolean }[]>`
    SELECT (SELECT count(*)::int FROM asset_places WHERE geocoded_at IS NULL) AS pending,
           EXISTS (SELECT 1 FROM exif x WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL AND NOT (x.latitude = 0 AND x.longitude = 0)
             AND x.latitude BETWEEN -90 AND 90 AND x.longitude BETWEEN -180 AND 180
             AND NOT EXISTS (SELECT 1 FROM asset_places p WHERE p.asset_id = x.asset_id)) AS missing`;
  return row;
}

// The Places page.

export interface CityRow {
  country_code: string;
  country: string | null;
  city: string;
  count: number;
  cover_id: string;
}

/** Every city among the assets `where` allows (SQL on `a`), with its count and newest asset as the cover. */
export function selectCities(where: Sql) {
  return prisma().$queryRaw<CityRow[]>`
    SELECT p.country_code, max(p.country) AS country, p.city, count(*)::int AS count,
           (array_agg(a.id::text ORDER BY ${ORDER_DESC}))[1] AS cover_id
    FROM asset_places p JOIN assets a ON a.id = p.asset_id
    WHERE p.city IS NOT NULL AND p.country_code IS NOT NULL AND ${where}
    GROUP BY p.country_code, p.city
    ORDER BY max(p.country), count(*) DESC, p.city`;
}

/** The assets of one city `where` allows, newest first. */
export async function selectCityAssetIds(where: Sql, countryCode: string, city: string, limit: number): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM asset_places p JOIN assets a ON a.id = p.asset_id
    WHERE p.country_code = ${countryCode} AND p.city = ${city} AND ${where}
    ORDER BY ${ORDER_DESC} LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** The backfill job, queued or running (the newest), for /admin → Jobs. */
export async function selectBackfillJobState(): Promise<'running' | 'queued' | null> {
  const rows = await prisma().$queryRaw<{ state: 'running' | 'queued' }[]>`
    SELECT CASE WHEN locked_at IS NOT NULL THEN 'running' ELSE 'queued' END AS state
    FROM graphile_worker.jobs WHERE task_identifier = 'places:backfill' ORDER BY id DESC LIMIT 1`;
  return rows[0]?.state ?? null;
}

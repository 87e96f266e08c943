// The only SQL of the map: what a reader may see on it (the timeline's rule, through
// lib/search's searchableSql: their own and their shared libraries' assets, online, ingested,
// not archived by them) with a place, filtered as /search filters; read three ways: every
// point at once (for the in-process cluster index), grouped by a grid cell of the zoom (the SQL
// clustering), and the assets of a box, paged. Plus the versions of what the map shows.
import { prisma, selectBytes, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { filtersSql, searchableSql } from '@/lib/search/asset-search.queries';
import type { TimelineReader } from '@/lib/timeline/timeline.schemas';
import type { MapBbox, MapFilters } from './map.schemas';

type Sql = PrismaTypes.Sql;

/** Assets `a` with their place `p` that this reader sees with these filters. */
function visibleSql(reader: TimelineReader, filters: MapFilters): Sql {
  const search = { from: filters.from, to: filters.to, people: filters.people, peopleMode: filters.peopleMode, favourite: filters.favourites ? true : undefined };
  return Prisma.sql`${searchableSql(reader)} AND ${filtersSql(reader, search, null)}`;
}

/** Places `p` inside the box; across the antimeridian when west > east. Latitude first: the
 * (latitude, longitude) index reads the band, longitude is checked on its entries. */
function insideSql(b: MapBbox): Sql {
  const lng = b.west <= b.east
    ? Prisma.sql`p.longitude BETWEEN ${b.west} AND ${b.east}`
    : Prisma.sql`(p.longitude >= ${b.west} OR p.longitude <= ${b.east})`;
  return Prisma.sql`p.latitude BETWEEN ${b.south} AND ${b.north} AND ${lng}`;
}

/**
 * Every visible place as one bytea of 32-byte records, newest first (timeline order): the
 * asset id (16 bytes), latitude and longitude (float8, big-endian). One value instead of a
 * million rows: decoding rows costs the Node side more than the query.
 */
export function selectMapPoints(reader: TimelineReader, filters: MapFilters): Promise<Uint8Array> {
  return selectBytes(Prisma.sql`
    SELECT coalesce(string_agg(uuid_send(r.id) || float8send(r.latitude) || float8send(r.longitude), ''::bytea), ''::bytea) AS bytes
    FROM (SELECT a.id, p.latitude, p.longitude FROM asset_places p JOIN assets a ON a.id = p.asset_id
          WHERE ${visibleSql(reader, filters)}
          ORDER BY a.taken_at_local DESC, a.id DESC) r`);
}

export interface GridCellRow {
  count: number;
  lat: number;
  lng: number;
  south: number;
  north: number;
  west: number;
  east: number;
  asset_id: string;
}

/** Web Mercator y (0 at the top, 1 at the bottom) of latitude column `lat`, clamped to the map's ±85.0511°. */
const MERCATOR_Y = Prisma.sql`(0.5 - ln((1 + sin(radians(greatest(-85.0511, least(85.0511, p.latitude))))) / (1 - sin(radians(greatest(-85.0511, least(85.0511, p.latitude)))))) / (4 * pi()))`;

/**
 * The visible places in the box grouped by a square cell of the zoom's Web Mercator grid
 * (`cellsPerSide` cells across the whole world): per cell the count, the mean position, the
 * bounds and the newest asset.
 */
export function selectGridClusters(reader: TimelineReader, filters: MapFilters, bbox: MapBbox, cellsPerSide: number): Promise<GridCellRow[]> {
  return prisma().$queryRaw<GridCellRow[]>`
    SELECT count(*)::int AS count, avg(latitude) AS lat, avg(longitude) AS lng,
           min(latitude) AS south, max(latitude) AS north, min(longitude) AS west, max(longitude) AS east,
           (array_agg(id ORDER BY taken_at_local DESC, id DESC))[1]::text AS asset_id
    FROM (SELECT a.id, a.taken_at_local, p.latitude, p.longitude,
                 floor((p.longitude + 180) / 360 * ${cellsPerSide}::float8) AS cx, floor(${MERCATOR_Y} * ${cellsPerSide}::float8) AS cy
          FROM asset_places p JOIN assets a ON a.id = p.asset_id
          WHERE ${insideSql(bbox)} AND ${visibleSql(reader, filters)}) c
    GROUP BY cx, cy`;
}

export interface MapAssetRow {
  id: string;
  type: 'photo' | 'video';
  width: number | null;
  height: number | null;
  thumbhash: Uint8Array | null;
  file_name: string;
  duration_ms: number | null;
  taken_at_local: string;
  latitude: number;
  longitude: number;
}

/** One page of the visible assets in the box, newest first, after the cursor's (local time, id). */
export function selectMapAssets(reader: TimelineReader, filters: MapFilters, bbox: MapBbox, after: { takenAtLocal: string; id: string } | null, limit: number): Promise<MapAssetRow[]> {
  const cursor = after
    ? Prisma.sql`AND (a.taken_at_local, a.id) < (${after.takenAtLocal}::timestamp, ${after.id}::uuid)`
    : Prisma.empty;
  return prisma().$queryRaw<MapAssetRow[]>`
    SELECT a.id::text AS id, a.type::text AS type, a.width, a.height, a.thumbhash, split_part(a.rel_path, '/', -1) AS file_name,
           a.duration_ms, to_char(a.taken_at_local, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS taken_at_local, p.latitude, p.longitude
    FROM asset_places p JOIN assets a ON a.id = p.asset_id
    WHERE ${insideSql(bbox)} AND ${visibleSql(reader, filters)} ${cursor}
    ORDER BY a.taken_at_local DESC, a.id DESC
    LIMIT ${limit}`;
}

/** The versions of what the map shows (the migration's sequences, moved by triggers): reading
 * them is three tiny reads, whatever the size of the library. */
export interface MapVersions {
  places: string;
  favourites: string;
  faces: string;
}

export async function selectMapVersions(): Promise<MapVersions> {
  const rows = await prisma().$queryRaw<MapVersions[]>`
    SELECT (SELECT last_value::text || is_called::text FROM map_places_version_seq) AS places,
           (SELECT last_value::text || is_called::text FROM map_favourites_version_seq) AS favourites,
           (SELECT last_value::text || is_called::text FROM map_faces_version_seq) AS faces`;
  return rows[0];
}

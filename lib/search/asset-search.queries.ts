// The SQL of the one search box: which assets a user may find (the timeline's rule: their own and
// their shared libraries', online, ingested, not archived by them), the filters, the literal word
// match, and the rows a result tile needs. Every condition is on assets `a` alone (state through
// EXISTS), so the same SQL is the `where` of findNearestAssets for the semantic half.
import { ownedOrSharedSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { ORDER_ASC, ORDER_DESC, ORDER_KEYS } from '@/lib/timeline/timeline.queries';
import type { TimelineReader } from '@/lib/timeline/timeline.schemas';
import type { DateCondition } from './parse-search-query';
import type { SearchFilters } from './search.schemas';

type Sql = PrismaTypes.Sql;

/** A camera as people name it: the model alone when it already starts with the make ("Canon EOS 5D"). */
export const CAMERA_LABEL = Prisma.sql`CASE WHEN x.model IS NULL THEN x.make WHEN x.make IS NULL OR lower(x.model) LIKE lower(x.make) || '%' THEN x.model ELSE x.make || ' ' || x.model END`;

const me = (reader: TimelineReader) => Prisma.sql`${reader.userId}::uuid`;
const stateHas = (reader: TimelineReader, condition: Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM asset_user_states s WHERE s.asset_id = a.id AND s.user_id = ${me(reader)} AND ${condition})`;

/** What the timeline shows this reader (lib/timeline's view "timeline"), written on `a` alone. */
export function searchableSql(reader: TimelineReader): Sql {
  return Prisma.sql`${ownedOrSharedSql(reader.userId, reader.sharedLibraryIds)} AND a.status = 'online' AND a.ingest_status = 'ready'
    AND NOT ${stateHas(reader, Prisma.sql`s.archived`)}`;
}

/** Someone is on asset `a`: a face of theirs (photos) or linked as a performer (videos). */
const personOn = (ids: string[]) => Prisma.sql`(EXISTS (SELECT 1 FROM faces f WHERE f.asset_id = a.id AND f.person_id = ANY(${ids}::uuid[]))
  OR EXISTS (SELECT 1 FROM asset_people ap WHERE ap.asset_id = a.id AND ap.person_id = ANY(${ids}::uuid[])))`;

/** The filters and the date the box named, as conditions on `a`. */
export function filtersSql(reader: TimelineReader, filters: SearchFilters, date: DateCondition | null): Sql {
  const parts: Sql[] = [];
  if (filters.type) parts.push(Prisma.sql`a.type = ${filters.type}::"AssetType"`);
  if (filters.from) parts.push(Prisma.sql`a.taken_at_local >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`a.taken_at_local < ${filters.to}::date + 1`);
  if (date?.from) parts.push(Prisma.sql`a.taken_at_local >= ${date.from}::date`);
  if (date?.to) parts.push(Prisma.sql`a.taken_at_local < ${date.to}::date`);
  if (date?.months) parts.push(Prisma.sql`extract(month FROM a.taken_at_local)::int = ANY(${date.months}::int[])`);
  if (filters.people?.length) {
    parts.push(filters.peopleMode === 'any' ? personOn(filters.people) : Prisma.join(filters.people.map((id: string) => personOn([id])), ' AND '));
  }
  if (filters.camera) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM exif x WHERE x.asset_id = a.id AND lower(${CAMERA_LABEL}) = lower(${filters.camera}))`);
  if (filters.favourite === true) parts.push(stateHas(reader, Prisma.sql`s.favourite_at IS NOT NULL`));
  if (filters.favourite === false) parts.push(Prisma.sql`NOT ${stateHas(reader, Prisma.sql`s.favourite_at IS NOT NULL`)}`);
  const analysis: Sql[] = [];
  if (filters.quality !== undefined) analysis.push(Prisma.sql`n.quality >= ${filters.quality}`);
  if (filters.colour) analysis.push(Prisma.sql`n.color_name = ${filters.colour}`);
  if (filters.questions?.length) analysis.push(Prisma.sql`n.labels @> ${filters.questions}::text[]`);
  if (analysis.length) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM analyses n WHERE n.asset_id = a.id AND ${Prisma.join(analysis, ' AND ')})`);
  if (filters.library) parts.push(Prisma.sql`a.library_id = ${filters.library}::uuid`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`true`;
}

/** One searched word, found literally: in the file's path or title, the camera or lens, the
 * place it was taken (city, region, country: lib/places), the caption or a passed question, the
 * name of a (not hidden) person whose face is on it or who is a performer in it, or one of its
 * tags. `keys`: the question keys it finds (label-words.ts). Each text is looked up on its own
 * (trigram indexes, migrations 20261201160000_search and 20261203130000_places_search) and the
 * ids united, rather than testing every readable asset against every text. */
function wordSql(word: string, keys: string[]): Sql {
  const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const person = Prisma.sql`NOT pe.hidden AND shoebox_entity_text(pe.name, pe.aliases) LIKE ${like}`;
  return Prisma.sql`a.id IN (
    SELECT b.id FROM assets b WHERE shoebox_video_text(b.title, b.description, b.rel_path) LIKE ${like}
    UNION ALL SELECT x.asset_id FROM exif x WHERE shoebox_camera_text(x.make, x.model, x.lens) LIKE ${like}
    UNION ALL SELECT p.asset_id FROM asset_places p WHERE shoebox_place_text(p.city, p.region, p.country) LIKE ${like}
    UNION ALL SELECT n.asset_id FROM analyses n WHERE lower(n.caption) LIKE ${like}
    UNION ALL SELECT n.asset_id FROM analyses n WHERE n.labels && ${keys}::text[]
    UNION ALL SELECT f.asset_id FROM faces f JOIN people pe ON pe.id = f.person_id WHERE ${person}
    UNION ALL SELECT ap.asset_id FROM asset_people ap JOIN people pe ON pe.id = ap.person_id WHERE ${person}
    UNION ALL SELECT t.asset_id FROM asset_tags t JOIN tags tg ON tg.id = t.tag_id WHERE shoebox_entity_text(tg.name, tg.aliases) LIKE ${like})`;
}

/** Assets `where` allows that hold every word, newest first (timeline order), at most `limit`. */
export async function selectLiteralMatches(where: Sql, words: { word: string; keys: string[] }[], limit: number): Promise<string[]> {
  const all = Prisma.join(words.map((w) => wordSql(w.word, w.keys)), ' AND ');
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a WHERE ${where} AND ${all} ORDER BY ${ORDER_DESC} LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** A page of the assets `where` allows, newest first (no words: the filters alone). */
export async function selectFilteredPage(where: Sql, offset: number, limit: number): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a WHERE ${where} ORDER BY ${ORDER_DESC} OFFSET ${offset} LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** The asset just newer or older than `assetId` among those `where` allows, in timeline order. */
export async function selectFilteredNeighbour(where: Sql, assetId: string, direction: 'newer' | 'older'): Promise<string | null> {
  const cmp = direction === 'older' ? Prisma.sql`<` : Prisma.sql`>`;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    WITH pivot AS (SELECT ${ORDER_KEYS} AS k FROM assets a WHERE a.id = ${assetId}::uuid)
    SELECT a.id::text AS id FROM assets a, pivot p
    WHERE ${where} AND ${ORDER_KEYS} ${cmp} p.k
    ORDER BY ${direction === 'older' ? ORDER_DESC : ORDER_ASC} LIMIT 1`;
  return rows[0]?.id ?? null;
}

export interface HitRow {
  id: string;
  type: 'photo' | 'video';
  width: number | null;
  height: number | null;
  orientation: number | null;
  rel_path: string;
  taken_at_local: Date;
  duration_ms: number | null;
  thumbhash: Uint8Array | null;
  favourite: boolean;
}

/** The tiles' rows of these ids (in no particular order; the caller keeps its own). */
export function selectHitRows(reader: TimelineReader, ids: string[]): Promise<HitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma().$queryRaw<HitRow[]>`
    SELECT a.id::text AS id, a.type::text AS type, a.width, a.height, a.orientation, a.rel_path, a.taken_at_local,
           a.duration_ms, a.thumbhash,
           EXISTS (SELECT 1 FROM asset_user_states s WHERE s.asset_id = a.id AND s.user_id = ${me(reader)} AND s.favourite_at IS NOT NULL) AS favourite
    FROM assets a WHERE a.id = ANY(${ids}::uuid[])`;
}

/** The newest embedding of an asset (any model): "more like this" starts from it. */
export async function selectAssetEmbedding(assetId: string): Promise<{ model: string; vector: Uint8Array } | null> {
  const rows = await prisma().$queryRaw<{ model: string; vector: Uint8Array }[]>`
    SELECT e.model, e.vector FROM embeddings e WHERE e.asset_id = ${assetId}::uuid ORDER BY e.created_at DESC, e.key DESC LIMIT 1`;
  return rows[0] ?? null;
}

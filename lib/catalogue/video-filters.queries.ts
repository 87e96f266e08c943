// The catalogue's WHERE: which videos a user sees at all (lib/access's rule, online, ready,
// not archived by them, one entry per copied file) and the search panel's filters, as SQL on
// `a` (assets) and `s` (this user's asset_user_states row, LEFT JOINed: null when they never
// touched the video). Shared by the list, the stats, the random pick, spotlight and dashboard.
//
// Entity ids are never checked first: a filter by an id matches through the video's links,
// and a video's links are only ever to its owner's entities, so a stranger's (or unknown) id
// matches none of the videos this user can see (include) and excludes none (exclude).
import { hiddenCopyListedSql, hiddenCopySql, ownedOrSharedSql, readableAssetSql } from '@/lib/access/access.queries';
import type { Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { VideoFilter } from './catalogue.schemas';

type Sql = PrismaTypes.Sql;

/** Every video this user may see in the catalogue. `s` must be their state row (or null). */
export function visibleVideoSql(userId: string): Sql {
  // A copy is hidden when the copy it points to is visible to this user (lib/access's rule).
  return Prisma.sql`a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready'
    AND ${readableAssetSql(userId)}
    AND s.archived IS NOT TRUE
    AND (a.copy_of IS NULL OR ${hiddenCopySql(userId)}) `;
}

/**
 * The same set as visibleVideoSql for the catalogue's page and count, written so indexes serve
 * it: the user's shared libraries are read beforehand (selectSharedLibraryIds), so the rule is
 * `owner = me OR library = ANY(shared)` (lib/access's ownedOrSharedSql; for an online video the
 * same as readableAssetSql, whose "not trashed" part only matters for other statuses). Every
 * column it reads is in the partial covering indexes of migration 20261130160000, so a count or
 * a page in an indexed order is read from an index alone. Archived videos: with `withState`
 * (the caller LEFT JOINs `s` because a filter or the sort reads it) by `s`, else by an anti-join
 * on the user's archived rows only (a partial index), so an unfiltered list never joins the
 * ~50,000 state rows of an active user.
 */
export function listedVideoSql(userId: string, sharedLibraryIds: readonly string[], withState: boolean): Sql {
  const archived = withState
    ? Prisma.sql`s.archived IS NOT TRUE`
    : Prisma.sql`NOT EXISTS (SELECT 1 FROM asset_user_states x WHERE x.asset_id = a.id AND x.user_id = ${userId}::uuid AND x.archived)`;
  return Prisma.sql`${listedUnarchivedSql(userId, sharedLibraryIds)} AND ${archived}`;
}

/** listedVideoSql before leaving out what the user archived (for a total counted as "all minus
 * the archived ones": the anti-join needs each row's id, so the count could not use the
 * narrowest index and took twice as long). */
export function listedUnarchivedSql(userId: string, sharedLibraryIds: readonly string[]): Sql {
  return Prisma.sql`a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready'
    AND ${ownedOrSharedSql(userId, sharedLibraryIds)}
    AND ${hiddenCopyListedSql(userId, sharedLibraryIds)} `;
}

/** Whether videoFilterSql reads `s`, this user's state row (else the list needs no join). */
export function filterReadsState(f: VideoFilter): boolean {
  return [f.ratingMin, f.ratingMax, f.liked, f.favourite, f.watched === 'unwatched' ? undefined : f.watched, f.playsMin, f.playsMax, f.viewMin, f.viewMax].some((v) => v !== undefined);
}

/** The ids and every descendant tag (tag_parents, any depth) of the same owner, as an array
 * computed once per query (an InitPlan). */
function tagTreeSql(ids: string[]): Sql {
  return Prisma.sql`(WITH RECURSIVE d(id, owner_id) AS (
      SELECT t.id, t.owner_id FROM tags t WHERE t.id = ANY(${ids}::uuid[])
      UNION SELECT tp.tag_id, d.owner_id FROM tag_parents tp JOIN d ON tp.parent_id = d.id JOIN tags c ON c.id = tp.tag_id AND c.owner_id = d.owner_id)
    SELECT coalesce(array_agg(DISTINCT id), '{}') FROM d)::uuid[]`;
}

/** The studios and their children, any depth. */
function studioTreeSql(ids: string[]): Sql {
  return Prisma.sql`(WITH RECURSIVE d(id, owner_id) AS (
      SELECT st.id, st.owner_id FROM studios st WHERE st.id = ANY(${ids}::uuid[])
      UNION SELECT c.id, d.owner_id FROM studios c JOIN d ON c.parent_id = d.id AND c.owner_id = d.owner_id)
    SELECT coalesce(array_agg(DISTINCT id), '{}') FROM d)::uuid[]`;
}

/** The videos carrying one of these tags: their own, or one of their performers' (inherited).
 * As one id set (a hashed subplan read by index), not a probe per video. */
function taggedSql(tree: Sql): Sql {
  return Prisma.sql`(SELECT x.asset_id FROM asset_tags x WHERE x.tag_id = ANY(${tree})
    UNION ALL SELECT xp.asset_id FROM asset_people xp JOIN person_tags pt ON pt.person_id = xp.person_id WHERE pt.tag_id = ANY(${tree}))`;
}
const hasNoTagSql = (tree: Sql) => Prisma.sql`a.id NOT IN ${taggedSql(tree)}`;

const performingSql = (ids: string[]) => Prisma.sql`(SELECT x.asset_id FROM asset_people x WHERE x.person_id = ANY(${ids}::uuid[]))`;

/** The typo-tolerant text search (strict word similarity ≥ 0.3 per word, pg_trgm's `<<%`):
 * every word of the query is in the video's own title, description or path (trigram index on
 * shoebox_video_text), or the whole query names one of its performers, its studio or one of its
 * tags, by name or alias (the small entity tables are matched first by their own trigram
 * indexes, then their videos taken by index). */
function textSql(q: string): Sql {
  // An id set (see videoFilterSql's `include`).
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const own = Prisma.join(
    words.map((w) => Prisma.sql`${w} <<% shoebox_video_text(t.title, t.description, t.rel_path)`),
    ' AND ',
  );
  const needle = Prisma.sql`${q.toLowerCase()}`;
  const entity = (table: Sql) => Prisma.sql`SELECT e.id FROM ${table} e WHERE ${needle} <<% shoebox_entity_text(e.name, e.aliases)`;
  // One set of ids (a hashed subplan), each branch by its own index: an OR of these conditions
  // on \`a\` would keep the planner from the trigram index and test every video's text instead.
  // The entities' ids are arrays computed once (InitPlans), so they are index conditions
  // (`= ANY`): as `IN (...)` PostgreSQL hash-joined a sequential scan of asset_tags (37 ms).
  const ids = (sql: Sql) => Prisma.sql`ARRAY(${sql})`;
  return Prisma.sql`(SELECT t.id FROM assets t WHERE t.type = 'video' AND ${own}
    UNION ALL SELECT xp.asset_id FROM asset_people xp WHERE xp.person_id = ANY(${ids(entity(Prisma.raw('people')))})
    UNION ALL SELECT st.id FROM assets st WHERE st.studio_id = ANY(${ids(entity(Prisma.raw('studios')))})
    UNION ALL SELECT xt.asset_id FROM asset_tags xt WHERE xt.tag_id = ANY(${ids(entity(Prisma.raw('tags')))}))`;
}

/** LIKE pattern of a literal prefix (its % and _ escaped). */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;

/** The filters, ANDed; Prisma.empty-free: always a condition ("true" when none). */
export function videoFilterSql(userId: string, f: VideoFilter): Sql {
  const parts: Sql[] = [];
  const me = Prisma.sql`${userId}::uuid`;
  // The filters that name the videos (text, performers, tags): id sets, intersected into one
  // array computed once, so the matching videos are read by primary key (`a.id = ANY(...)`, an
  // index condition) instead of semi-joining every visible video against each set. One array:
  // two `= ANY` conditions on the same index took 880 ms (each id of one checked against the
  // other array, 10,741 × 6,000).
  const include: Sql[] = [];
  if (f.q) include.push(textSql(f.q));
  if (f.performers?.length) {
    if (f.performersMode === 'all') for (const id of f.performers) include.push(performingSql([id]));
    else include.push(performingSql(f.performers));
  }
  if (f.performersExclude?.length) parts.push(Prisma.sql`a.id NOT IN ${performingSql(f.performersExclude)}`);
  if (f.studios?.length) parts.push(Prisma.sql`a.studio_id = ANY(${studioTreeSql(f.studios)})`);
  if (f.studiosExclude?.length) parts.push(Prisma.sql`(a.studio_id IS NULL OR a.studio_id <> ALL(${studioTreeSql(f.studiosExclude)}))`);
  if (f.tags?.length) {
    if (f.tagsMode === 'all') for (const id of f.tags) include.push(taggedSql(tagTreeSql([id])));
    else include.push(taggedSql(tagTreeSql(f.tags)));
  }
  if (include.length) parts.push(Prisma.sql`a.id = ANY(ARRAY(${Prisma.join(include, ' INTERSECT ')}))`);
  if (f.tagsExclude?.length) parts.push(hasNoTagSql(tagTreeSql(f.tagsExclude)));
  if (f.cast) {
    // Cast size: 1 solo, 2 duo, 3 or more a group, from the count a trigger keeps of the
    // performer links (migration 20261130170000; an aggregate over every link took 108 ms).
    parts.push(f.cast === 'solo' ? Prisma.sql`a.performer_count = 1` : f.cast === 'duo' ? Prisma.sql`a.performer_count = 2` : Prisma.sql`a.performer_count >= 3`);
  }
  // Ratings are stored in halves (1–10). Unrated videos fall out with a minimum, stay with a maximum alone.
  if (f.ratingMin !== undefined) parts.push(Prisma.sql`s.rating >= ${Math.round(f.ratingMin * 2)}`);
  if (f.ratingMax !== undefined) parts.push(Prisma.sql`(s.rating IS NULL OR s.rating <= ${Math.round(f.ratingMax * 2)})`);
  if (f.liked !== undefined) parts.push(f.liked ? Prisma.sql`s.liked_at IS NOT NULL` : Prisma.sql`s.liked_at IS NULL`);
  if (f.favourite !== undefined) parts.push(f.favourite ? Prisma.sql`s.favourite_at IS NOT NULL` : Prisma.sql`s.favourite_at IS NULL`);
  if (f.organised !== undefined) parts.push(Prisma.sql`a.organised = ${f.organised}`);
  // watched: played to the end at least once (play_count counts finished plays); in progress:
  // a resume point is kept; unwatched: neither, and no time spent on it.
  if (f.watched === 'watched') parts.push(Prisma.sql`coalesce(s.play_count, 0) > 0`);
  if (f.watched === 'inProgress') parts.push(Prisma.sql`s.resume_at IS NOT NULL`);
  // Unwatched is most videos: an anti-join on this user's rows that say otherwise (the same
  // test on a LEFT JOINed `s` was estimated at 1 row of 51,000 and planned as a loop per row).
  if (f.watched === 'unwatched')
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM asset_user_states w WHERE w.asset_id = a.id AND w.user_id = ${me}
      AND (coalesce(w.play_count, 0) <> 0 OR w.resume_at IS NOT NULL OR coalesce(w.view_seconds, 0) <> 0))`);
  if (f.playsMin !== undefined) parts.push(Prisma.sql`coalesce(s.play_count, 0) >= ${f.playsMin}`);
  if (f.playsMax !== undefined) parts.push(Prisma.sql`coalesce(s.play_count, 0) <= ${f.playsMax}`);
  if (f.viewMin !== undefined) parts.push(Prisma.sql`coalesce(s.view_seconds, 0) >= ${f.viewMin}`);
  if (f.viewMax !== undefined) parts.push(Prisma.sql`coalesce(s.view_seconds, 0) <= ${f.viewMax}`);
  if (f.durationMin !== undefined) parts.push(Prisma.sql`a.duration_ms >= ${f.durationMin * 1000}::bigint`);
  if (f.durationMax !== undefined) parts.push(Prisma.sql`a.duration_ms <= ${f.durationMax * 1000}::bigint`);
  if (f.resolution !== undefined) parts.push(Prisma.sql`least(a.width, a.height) >= ${f.resolution}`);
  // Days are UTC days, inclusive at both ends.
  if (f.addedFrom) parts.push(Prisma.sql`a.created_at >= (${f.addedFrom}::date)::timestamp AT TIME ZONE 'UTC'`);
  if (f.addedTo) parts.push(Prisma.sql`a.created_at < (${f.addedTo}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  if (f.releasedFrom) parts.push(Prisma.sql`a.release_date >= ${f.releasedFrom}::date`);
  if (f.releasedTo) parts.push(Prisma.sql`a.release_date <= ${f.releasedTo}::date`);
  const has = (value: boolean | undefined, exists: Sql) => {
    if (value !== undefined) parts.push(value ? exists : Prisma.sql`NOT ${exists}`);
  };
  // Markers are private to their author: "has markers" means this user's.
  has(f.hasMarkers, Prisma.sql`EXISTS (SELECT 1 FROM markers x WHERE x.asset_id = a.id AND x.user_id = ${me})`);
  has(f.hasChapters, Prisma.sql`EXISTS (SELECT 1 FROM chapters x WHERE x.asset_id = a.id)`);
  has(f.hasComments, Prisma.sql`EXISTS (SELECT 1 FROM comments x WHERE x.asset_id = a.id)`);
  has(f.hasSubtitles, Prisma.sql`EXISTS (SELECT 1 FROM video_meta x WHERE x.asset_id = a.id AND x.subtitle_tracks > 0)`);
  if (f.library) parts.push(Prisma.sql`a.library_id = ${f.library}::uuid`);
  if (f.folder) parts.push(Prisma.sql`a.rel_path LIKE ${likePrefix(f.folder)}`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`true`;
}

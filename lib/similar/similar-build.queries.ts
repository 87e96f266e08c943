// The SQL that makes the vectors: a video's tokens (user-independent), and per user the
// document counts, N, L2-normalised vectors and performer/studio profiles. Everything is
// set-based, so a full rebuild is a handful of statements per user (docs/similar.md has the
// timings). Who may read which video is lib/access's readableAssetSql, nothing of our own.
import { readableAssetSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { TOKEN_WEIGHTS } from './token-weights';

type Sql = PrismaTypes.Sql;
export type Tx = PrismaTypes.TransactionClient;

/** One lock for every writer of the vectors: rebuilds and refreshes never interleave. */
const LOCK = Prisma.sql`hashtext('shoebox:similar')`;

/** Runs `work` in a transaction holding the similar lock (waiting for it). */
export function withSimilarLock<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 300_000): Promise<T> {
  return prisma().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK})`;
    return work(tx);
  }, { timeout: timeoutMs, maxWait: timeoutMs });
}

/**
 * Runs `work` holding the lock, waiting at most `waitMs` for it (another answer's refresh
 * takes milliseconds); null, nothing done, when it is held longer — a full rebuild: the
 * answer then uses the vectors as they are.
 */
export async function trySimilarLock<T>(work: (tx: Tx) => Promise<T>, waitMs = 2_000): Promise<T | null> {
  try {
    return await prisma().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.round(waitMs)}`);
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK})`;
      await tx.$executeRawUnsafe('SET LOCAL lock_timeout = 0');
      return work(tx);
    }, { timeout: 60_000, maxWait: 10_000 });
  } catch (error) {
    if (isLockTimeout(error)) return null;
    throw error;
  }
}

/** PostgreSQL's lock_not_available (55P03), however the driver adapter wraps it. */
function isLockTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  return /55P03|lock timeout/i.test(text);
}

const WEIGHTS = Prisma.sql`(VALUES ${Prisma.join(
  Object.entries(TOKEN_WEIGHTS).map(([kind, w]) => Prisma.sql`(${kind}::text, ${w}::float8)`),
)}) AS kw(kind, w)`;

/** A video's title as a card shows it (lib/catalogue's rule): its own, else the file name
 * without the extension. */
const TITLE = Prisma.sql`COALESCE(NULLIF(btrim(a.title), ''),
  regexp_replace(substring(a.rel_path from '[^/]*$'), '(.)\\.[^.]*$', '\\1'))`;

/**
 * Recomputes similar_tokens of the given videos (all videos with null). A token's weight is
 * its kind's weight × (1 + ln count); a tag that is both the video's own and inherited keeps
 * the larger (own) weight. New token strings get their ids in the same statement.
 */
export async function writeTokens(tx: Tx, assetIds: string[] | null): Promise<void> {
  const only = assetIds ? Prisma.sql`AND a.id = ANY(${assetIds}::uuid[])` : Prisma.empty;
  await (assetIds ? tx.$executeRaw`DELETE FROM similar_tokens WHERE asset_id = ANY(${assetIds}::uuid[])` : tx.$executeRaw`DELETE FROM similar_tokens`);
  await tx.$executeRaw`
    WITH v AS (
      SELECT a.id, a.studio_id, ${TITLE} AS title, regexp_replace(a.rel_path, '[^/]*$', '') AS folder
      FROM assets a WHERE a.type = 'video' ${only}
    ), raw(asset_id, token, kind) AS (
      SELECT t.asset_id, 'tag:' || t.tag_id, 'tag' FROM asset_tags t JOIN v ON v.id = t.asset_id
      UNION ALL
      SELECT ap.asset_id, 'tag:' || pt.tag_id, 'inherited' FROM asset_people ap JOIN v ON v.id = ap.asset_id
        JOIN person_tags pt ON pt.person_id = ap.person_id
      UNION ALL
      SELECT ap.asset_id, 'performer:' || ap.person_id, 'performer' FROM asset_people ap JOIN v ON v.id = ap.asset_id
      UNION ALL
      SELECT ap.asset_id, 'cast:' || CASE count(*) WHEN 1 THEN 'solo' WHEN 2 THEN 'duo' ELSE 'group' END, 'cast'
        FROM asset_people ap JOIN v ON v.id = ap.asset_id GROUP BY ap.asset_id
      UNION ALL
      SELECT v.id, 'studio:' || v.studio_id, 'studio' FROM v WHERE v.studio_id IS NOT NULL
      UNION ALL
      SELECT v.id, 'studio:' || s.parent_id, 'studio_parent' FROM v JOIN studios s ON s.id = v.studio_id WHERE s.parent_id IS NOT NULL
      UNION ALL
      SELECT v.id, 'title:' || w, 'title' FROM v CROSS JOIN LATERAL similar_words(v.title) w
      UNION ALL
      SELECT v.id, 'folder:' || w, 'folder' FROM v CROSS JOIN LATERAL similar_words(v.folder) w
    ), per_kind AS (
      SELECT r.asset_id, r.token, r.kind, 1 + ln(count(*)) AS tf, kw.w * (1 + ln(count(*))) AS weight
      FROM raw r JOIN ${WEIGHTS} ON kw.kind = r.kind GROUP BY r.asset_id, r.token, r.kind, kw.w
    ), best AS (
      SELECT DISTINCT ON (asset_id, token) asset_id, token, kind, tf, weight FROM per_kind
      ORDER BY asset_id, token, weight DESC
    ), new_terms AS (
      INSERT INTO similar_terms (token) SELECT DISTINCT token FROM best ON CONFLICT (token) DO NOTHING RETURNING id, token
    ), terms AS (
      SELECT id, token FROM new_terms
      UNION ALL SELECT t.id, t.token FROM similar_terms t WHERE t.token IN (SELECT token FROM best)
    )
    INSERT INTO similar_tokens (asset_id, term_id, kind, tf, weight)
    SELECT b.asset_id, t.id, b.kind, b.tf, b.weight FROM best b JOIN terms t ON t.token = b.token`;
}

/** readableAssetSql reads alias `a`: the first copy (alias `first`) is checked through it. */
function firstReadable(who: Sql): Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM assets a WHERE a.id = first.id AND ${readableAssetSql(who)})`;
}

/** The videos user `who` (an id or a column) counts: readable, online, ingested, and one per
 * file — a copy (copy_of) is left out when its first copy is readable too. `extra` narrows `a`. */
export function visibleVideos(who: Sql, extra: Sql = Prisma.empty): Sql {
  return Prisma.sql`SELECT a.id FROM assets a
    WHERE a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready' AND ${readableAssetSql(who)} ${extra}
      AND (a.copy_of IS NULL OR NOT EXISTS (
        SELECT 1 FROM assets first WHERE first.id = a.copy_of AND first.type = 'video' AND first.status = 'online'
          AND first.ingest_status = 'ready' AND ${firstReadable(who)}))`;
}

/** Vectors of the (user_id, asset_id) pairs `pairs` yields, from their tokens and the users'
 * current df and N: weight × idf, divided by the vector's L2 norm. */
async function insertVectors(tx: Tx, pairs: Sql): Promise<void> {
  await tx.$executeRaw`
    WITH p AS (${pairs}), w AS (
      SELECT p.user_id, t.asset_id, t.term_id,
             t.weight * (ln((1 + su.videos)::float8 / (1 + d.df)) + 1) AS x
      FROM p JOIN similar_tokens t ON t.asset_id = p.asset_id
      JOIN similar_users su ON su.user_id = p.user_id
      JOIN similar_df d ON d.user_id = p.user_id AND d.term_id = t.term_id
    )
    INSERT INTO similar_vectors (asset_id, user_id, term_id, weight)
    SELECT asset_id, user_id, term_id, x / sqrt(sum(x * x) OVER (PARTITION BY asset_id, user_id)) FROM w
    ORDER BY asset_id, user_id, term_id`; // the primary key's order: its pages fill one after another
}

/** Entities whose profile to remake: null for all of them. */
export interface EntityIds {
  people: string[];
  studios: string[];
}

/** Terms a profile keeps: its strongest. A popular performer's videos carry thousands of
 * tokens whose tail adds nothing to a cosine but rows to scan (docs/similar.md). */
export const PROFILE_TERMS = 50;

/**
 * Profiles of performers and studios for the users `users` yields (user_id): the sum of their
 * videos' vectors — the mean up to a factor, which normalising removes — without the
 * entity's own token (every one of its videos has it: it would only say "this is P"), cut to
 * its PROFILE_TERMS strongest terms and normalised again, so a dot product of two profiles is
 * their cosine.
 */
async function insertProfiles(tx: Tx, users: Sql, only: EntityIds | null): Promise<void> {
  const people = only ? Prisma.sql`WHERE ap.person_id = ANY(${only.people}::uuid[])` : Prisma.empty;
  const studios = only ? Prisma.sql`AND a.studio_id = ANY(${only.studios}::uuid[])` : Prisma.empty;
  await tx.$executeRaw`
    WITH links AS (
      SELECT 'person'::text AS kind, ap.person_id AS entity_id, ap.asset_id FROM asset_people ap ${people}
      UNION ALL
      SELECT 'studio'::text, a.studio_id, a.id FROM assets a WHERE a.studio_id IS NOT NULL AND a.type = 'video' ${studios}
    ), own AS (
      SELECT e.kind, e.entity_id, COALESCE(t.id, 0) AS term_id FROM (SELECT DISTINCT kind, entity_id FROM links) e
      LEFT JOIN similar_terms t ON t.token = (CASE e.kind WHEN 'person' THEN 'performer:' ELSE 'studio:' END) || e.entity_id
    ), m AS (
      SELECT v.user_id, l.kind, l.entity_id, v.term_id, sum(v.weight) AS s
      FROM links l JOIN own o ON o.kind = l.kind AND o.entity_id = l.entity_id
      JOIN similar_vectors v ON v.asset_id = l.asset_id AND v.term_id <> o.term_id
      WHERE v.user_id IN (${users})
      GROUP BY 1, 2, 3, 4
    ), top AS (
      SELECT * FROM (
        SELECT m.*, row_number() OVER (PARTITION BY user_id, kind, entity_id ORDER BY s DESC, term_id) AS rn FROM m
      ) r WHERE rn <= ${PROFILE_TERMS}
    )
    INSERT INTO similar_profiles (user_id, kind, entity_id, term_id, weight)
    SELECT user_id, kind, entity_id, term_id, s / sqrt(sum(s * s) OVER (PARTITION BY user_id, kind, entity_id))
    FROM top WHERE s > 0`;
}

/** Everything of one user from the current tokens: N, df, vectors, profiles. */
export async function buildUser(tx: Tx, userId: string): Promise<void> {
  const u = Prisma.sql`${userId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO similar_users (user_id, videos, built_at) SELECT ${u}, count(*), now() FROM (${visibleVideos(u)}) v
    ON CONFLICT (user_id) DO UPDATE SET videos = EXCLUDED.videos, built_at = EXCLUDED.built_at`;
  await tx.$executeRaw`DELETE FROM similar_df WHERE user_id = ${u}`;
  await tx.$executeRaw`
    INSERT INTO similar_df (user_id, term_id, df)
    SELECT ${u}, t.term_id, count(*) FROM similar_tokens t JOIN (${visibleVideos(u)}) v ON v.id = t.asset_id GROUP BY t.term_id`;
  await tx.$executeRaw`DELETE FROM similar_vectors WHERE user_id = ${u}`;
  await insertVectors(tx, Prisma.sql`SELECT ${u} AS user_id, v.id AS asset_id FROM (${visibleVideos(u)}) v`);
  await tx.$executeRaw`DELETE FROM similar_profiles WHERE user_id = ${u}`;
  await insertProfiles(tx, Prisma.sql`SELECT ${u}`, null);
}

/** Takes up to `cap` marked videos (oldest marks first) and every marked entity off the lists. */
export async function takeDirty(tx: Tx, cap: number): Promise<{ assetIds: string[]; entities: EntityIds }> {
  const assets = await tx.$queryRaw<{ id: string }[]>`
    DELETE FROM similar_dirty WHERE asset_id IN (SELECT asset_id FROM similar_dirty ORDER BY marked_at, asset_id LIMIT ${cap})
    RETURNING asset_id::text AS id`;
  const entities = await tx.$queryRaw<{ kind: string; id: string }[]>`
    DELETE FROM similar_dirty_entities RETURNING kind, entity_id::text AS id`;
  return {
    assetIds: assets.map((r) => r.id),
    entities: {
      people: entities.filter((e) => e.kind === 'person').map((e) => e.id),
      studios: entities.filter((e) => e.kind === 'studio').map((e) => e.id),
    },
  };
}

/**
 * Other videos whose weights an edit moved, re-weighted with it when there are at most this
 * many (about 0.5 s of work on the bench machine); beyond that they keep their weights until
 * the nightly rebuild. A tag on 50 videos is exact at once; cast:solo on 50,000 drifts.
 */
export const REWEIGHT_LIMIT = 2_000;

/**
 * Brings the given videos up to date for every built user: their tokens; each user's df (old
 * vectors out, new tokens in) and exact N; their vectors with the new df; the vectors of other
 * videos that carry a token whose df changed (or all of a user's, when their N changed), if
 * there are at most REWEIGHT_LIMIT of them; then the profiles of every performer and studio
 * of a re-weighted video (and `entities`). Past the limit the untouched videos keep their old
 * weights until the nightly rebuild (docs/similar.md: the drift is small at that size).
 */
export async function refreshVideos(tx: Tx, assetIds: string[], entities: EntityIds): Promise<void> {
  await writeTokens(tx, assetIds);
  const pairs = Prisma.sql`SELECT su.user_id, x.id AS asset_id FROM similar_users su
    CROSS JOIN LATERAL (${visibleVideos(Prisma.sql`su.user_id`, Prisma.sql`AND a.id = ANY(${assetIds}::uuid[])`)}) x`;
  const changed = await tx.$queryRaw<{ user_id: string; term_id: number }[]>`
    WITH np AS (${pairs}), newc AS (
      SELECT np.user_id, t.term_id, count(*)::int AS c FROM np JOIN similar_tokens t ON t.asset_id = np.asset_id GROUP BY 1, 2
    ), oldc AS (
      SELECT v.user_id, v.term_id, -count(*)::int AS c FROM similar_vectors v WHERE v.asset_id = ANY(${assetIds}::uuid[]) GROUP BY 1, 2
    ), delta AS (
      SELECT user_id, term_id, sum(c)::int AS d FROM (SELECT * FROM newc UNION ALL SELECT * FROM oldc) x
      GROUP BY 1, 2 HAVING sum(c) <> 0
    )
    INSERT INTO similar_df (user_id, term_id, df) SELECT user_id, term_id, d FROM delta
    ON CONFLICT (user_id, term_id) DO UPDATE SET df = similar_df.df + EXCLUDED.df
    RETURNING user_id::text AS user_id, term_id`;
  await tx.$executeRaw`DELETE FROM similar_df WHERE df <= 0`;
  // N changes only for users who gained or lost one of these videos: recount those alone
  // (a count over every video they can see: 1.3 s at 100,000 on a busy machine).
  const moved = await tx.$queryRaw<{ user_id: string }[]>`
    WITH np AS (${pairs}), op AS (SELECT DISTINCT user_id, asset_id FROM similar_vectors WHERE asset_id = ANY(${assetIds}::uuid[]))
    SELECT DISTINCT user_id::text AS user_id FROM (
      (SELECT user_id, asset_id FROM np EXCEPT SELECT user_id, asset_id FROM op)
      UNION ALL (SELECT user_id, asset_id FROM op EXCEPT SELECT user_id, asset_id FROM np)
    ) d`;
  const nChanged = moved.length === 0 ? [] : await tx.$queryRaw<{ user_id: string; videos: number }[]>`
    WITH fresh AS (
      SELECT su.user_id, su.videos AS before, (SELECT count(*)::int FROM (${visibleVideos(Prisma.sql`su.user_id`)}) v) AS after
      FROM similar_users su WHERE su.user_id = ANY(${moved.map((m) => m.user_id)}::uuid[])
    )
    UPDATE similar_users su SET videos = fresh.after FROM fresh
    WHERE su.user_id = fresh.user_id AND fresh.before <> fresh.after
    RETURNING su.user_id::text AS user_id, su.videos`;

  // The other videos an edit re-weights: all of a user's when their N changed, else those
  // with a token whose df changed. Listed only while there are few.
  const wholeUsers = nChanged.filter((u) => u.videos <= REWEIGHT_LIMIT).map((u) => u.user_id);
  const driftUsers = new Set(nChanged.filter((u) => u.videos > REWEIGHT_LIMIT).map((u) => u.user_id));
  const byTerm = changed.filter((c) => !wholeUsers.includes(c.user_id) && !driftUsers.has(c.user_id));
  const wholeSql = wholeUsers.length
    ? Prisma.sql`SELECT su.user_id::text AS user_id, x.id::text AS asset_id FROM similar_users su
        CROSS JOIN LATERAL (${visibleVideos(Prisma.sql`su.user_id`)}) x
        WHERE su.user_id = ANY(${wholeUsers}::uuid[]) AND x.id <> ALL(${assetIds}::uuid[]) UNION `
    : Prisma.empty;
  const others = wholeUsers.length === 0 && byTerm.length === 0 ? [] : await tx.$queryRaw<{ user_id: string; asset_id: string }[]>`
    ${wholeSql}
    (SELECT DISTINCT v.user_id::text, v.asset_id::text FROM similar_vectors v
     JOIN unnest(${byTerm.map((c) => c.user_id)}::uuid[], ${byTerm.map((c) => c.term_id)}::int[]) AS c(user_id, term_id)
       ON v.user_id = c.user_id AND v.term_id = c.term_id
     WHERE v.asset_id <> ALL(${assetIds}::uuid[])
     LIMIT ${REWEIGHT_LIMIT + 1})`;
  const reweight = others.length <= REWEIGHT_LIMIT * Math.max(1, wholeUsers.length) ? others : others.filter((o) => wholeUsers.includes(o.user_id));

  await tx.$executeRaw`DELETE FROM similar_vectors WHERE asset_id = ANY(${assetIds}::uuid[])`;
  await insertVectors(tx, pairs);
  if (reweight.length > 0) {
    const users = reweight.map((r) => r.user_id);
    const assets = reweight.map((r) => r.asset_id);
    await tx.$executeRaw`
      DELETE FROM similar_vectors v USING unnest(${users}::uuid[], ${assets}::uuid[]) AS r(user_id, asset_id)
      WHERE v.asset_id = r.asset_id AND v.user_id = r.user_id`;
    await insertVectors(tx, Prisma.sql`SELECT user_id, asset_id FROM unnest(${users}::uuid[], ${assets}::uuid[]) AS r(user_id, asset_id)`);
  }
  const all = [...assetIds, ...reweight.map((r) => r.asset_id)];
  const touched: EntityIds = {
    people: [...entities.people, ...(await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT person_id::text AS id FROM asset_people WHERE asset_id = ANY(${all}::uuid[])`).map((r) => r.id)],
    studios: [...entities.studios, ...(await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT studio_id::text AS id FROM assets WHERE id = ANY(${all}::uuid[]) AND studio_id IS NOT NULL`).map((r) => r.id)],
  };
  await refreshProfiles(tx, touched);
}

export async function refreshProfiles(tx: Tx, entities: EntityIds): Promise<void> {
  if (entities.people.length === 0 && entities.studios.length === 0) return;
  // One delete per kind, each by the primary key's prefix (user, kind, entity).
  for (const [kind, ids] of [['person', entities.people], ['studio', entities.studios]] as const) {
    if (ids.length === 0) continue;
    await tx.$executeRaw`
      DELETE FROM similar_profiles p USING similar_users su, unnest(${ids}::uuid[]) AS e(id)
      WHERE p.user_id = su.user_id AND p.kind = ${kind} AND p.entity_id = e.id`;
  }
  await insertProfiles(tx, Prisma.sql`SELECT user_id FROM similar_users`, entities);
}

/** Every user with an account, for the nightly rebuild. */
export async function selectUserIds(tx: Tx): Promise<string[]> {
  return (await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM users ORDER BY id`).map((r) => r.id);
}

/** Before an answer: whether anything waits to be refreshed, and whether this user's vectors
 * exist — two index probes in one round trip. */
export async function selectFreshness(userId: string): Promise<{ dirty: boolean; built: boolean }> {
  const [row] = await prisma().$queryRaw<{ dirty: boolean; built: boolean }[]>`
    SELECT (EXISTS (SELECT 1 FROM similar_dirty) OR EXISTS (SELECT 1 FROM similar_dirty_entities)) AS dirty,
           EXISTS (SELECT 1 FROM similar_users WHERE user_id = ${userId}::uuid) AS built`;
  return row;
}

/** For the rebuild's transaction: sorts and hashes of a million rows in memory, not on disk
 * (PostgreSQL's default work_mem is 4 MB). */
export async function raiseRebuildMemory(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe("SET LOCAL work_mem = '128MB'");
}

/** Forgets every dirty mark: a full rebuild makes everything current. */
export async function clearDirty(tx: Tx): Promise<void> {
  await tx.$executeRaw`DELETE FROM similar_dirty`;
  await tx.$executeRaw`DELETE FROM similar_dirty_entities`;
}

/** After a rebuild: fresh statistics (the planner otherwise thinks a user has a few hundred
 * postings, not a million) and a visibility map, so postings are read from the index alone. */
export async function vacuumSimilar(): Promise<void> {
  await prisma().$executeRawUnsafe('VACUUM (ANALYZE) similar_vectors, similar_profiles, similar_df, similar_tokens, similar_terms');
}

// The SQL that answers from the vectors (the SQL that makes them is similar-build.queries.ts):
// similar videos and entities by dot products over one user's postings, the tokens that
// contributed, a video's tokens, the word cloud, and names for token labels. Results pass
// lib/access's readableAssetSql again, so a video this user cannot read is never answered,
// even from vectors a moment old.
import { readableAssetSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { EntityKind } from './similar.schemas';

type Sql = PrismaTypes.Sql;

/** The query video's vector: its own, or (a copy hidden behind its first copy) the first copy's. */
function queryVector(userId: string, assetId: string): Sql {
  return Prisma.sql`SELECT qv.term_id, qv.weight FROM similar_vectors qv
    WHERE qv.user_id = ${userId}::uuid AND qv.asset_id = COALESCE(
      (SELECT ${assetId}::uuid WHERE EXISTS (SELECT 1 FROM similar_vectors x WHERE x.asset_id = ${assetId}::uuid AND x.user_id = ${userId}::uuid)),
      (SELECT c.copy_of FROM assets c WHERE c.id = ${assetId}::uuid))`;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Postings the first pass of a ranking reads at most (beyond its first, strongest term). A
 * query video's common terms (cast:solo, a folder word every path has) have tens of
 * thousands of postings each but weigh little after IDF; reading them for every candidate was
 * 1.1 s a query at 100,000 videos (docs/similar.md).
 */
export const CANDIDATE_POSTINGS = 10_000;
/** Candidates the first pass hands to the exact second pass. */
const CANDIDATES = 400;

/**
 * The best `limit` videos by cosine with the video, for this user: not the video itself nor
 * any copy of it (same checksum, or linked by copy_of), only videos the user can read.
 * Two passes: candidates from the query's strongest terms (by weight, while their postings
 * stay under CANDIDATE_POSTINGS, the first always), then their exact cosine over every term.
 * A video sharing only the weak terms left out scores at most the norm of those terms
 * (Cauchy–Schwarz), which is why it cannot outrank a candidate in practice; on a collection
 * under CANDIDATE_POSTINGS postings per query, every term is read and the order is exact.
 */
export function selectSimilarVideoIds(userId: string, assetId: string, limit: number): Promise<Scored[]> {
  return prisma().$queryRaw<Scored[]>`
    WITH q AS MATERIALIZED (
      SELECT qv.term_id, qv.weight, COALESCE(d.df, 0) AS df FROM (${queryVector(userId, assetId)}) qv
      LEFT JOIN similar_df d ON d.user_id = ${userId}::uuid AND d.term_id = qv.term_id
    ), strong AS (
      SELECT term_id, weight FROM (
        SELECT q.*, sum(df) OVER (ORDER BY weight DESC, term_id) - df AS before FROM q
      ) x WHERE before = 0 OR before + df <= ${CANDIDATE_POSTINGS}
    ), candidates AS (
      SELECT v.asset_id FROM strong JOIN similar_vectors v ON v.user_id = ${userId}::uuid AND v.term_id = strong.term_id
      WHERE v.asset_id <> ${assetId}::uuid
      GROUP BY v.asset_id ORDER BY sum(strong.weight * v.weight) DESC, v.asset_id LIMIT ${CANDIDATES}
    ), ranked AS (
      -- Each candidate's own vector by its primary key (a dozen rows each), never a scan.
      SELECT c.asset_id, s.score FROM candidates c CROSS JOIN LATERAL (
        SELECT sum(q.weight * v.weight) AS score FROM similar_vectors v JOIN q ON q.term_id = v.term_id
        WHERE v.asset_id = c.asset_id AND v.user_id = ${userId}::uuid
      ) s ORDER BY s.score DESC, c.asset_id LIMIT ${limit + 50}
    ), me AS (
      SELECT m.id, m.copy_of, m.checksum FROM assets m WHERE m.id = ${assetId}::uuid
    )
    SELECT r.asset_id::text AS id, r.score::float8 AS score
    FROM ranked r JOIN assets a ON a.id = r.asset_id CROSS JOIN me
    WHERE a.type = 'video' AND a.status = 'online' AND ${readableAssetSql(userId)}
      AND a.id IS DISTINCT FROM me.copy_of AND a.copy_of IS DISTINCT FROM me.id
      AND (me.copy_of IS NULL OR a.copy_of IS DISTINCT FROM me.copy_of)
      AND (me.checksum IS NULL OR a.checksum IS DISTINCT FROM me.checksum)
    ORDER BY r.score DESC, r.asset_id LIMIT ${limit}`;
}

export interface ContributionRow {
  owner_id: string;
  token: string;
  kind: string | null;
  weight: number;
}

/** The three tokens that contributed most to each result's score (its part: q_t × v_t);
 * each result's vector read by its primary key (a dozen rows), never the user's postings. */
export function selectVideoContributions(userId: string, assetId: string, ids: string[]): Promise<ContributionRow[]> {
  return prisma().$queryRaw<ContributionRow[]>`
    WITH q AS MATERIALIZED (${queryVector(userId, assetId)})
    SELECT c.asset_id::text AS owner_id, t.token, st.kind, c.w AS weight
    FROM unnest(${ids}::uuid[]) AS i(id)
    CROSS JOIN LATERAL (
      SELECT v.asset_id, v.term_id, (q.weight * v.weight)::float8 AS w
      FROM similar_vectors v JOIN q ON q.term_id = v.term_id
      WHERE v.asset_id = i.id AND v.user_id = ${userId}::uuid
      ORDER BY q.weight * v.weight DESC, v.term_id LIMIT 3
    ) c
    JOIN similar_terms t ON t.id = c.term_id
    LEFT JOIN similar_tokens st ON st.asset_id = c.asset_id AND st.term_id = c.term_id
    ORDER BY c.asset_id, c.w DESC, c.term_id`;
}

/** The best `limit` performers or studios by the cosine of their profiles, for this user. */
export function selectSimilarEntityIds(userId: string, kind: EntityKind, entityId: string, limit: number): Promise<Scored[]> {
  const table = kind === 'person' ? Prisma.sql`people` : Prisma.sql`studios`;
  return prisma().$queryRaw<Scored[]>`
    WITH q AS (
      SELECT term_id, weight FROM similar_profiles WHERE user_id = ${userId}::uuid AND kind = ${kind} AND entity_id = ${entityId}::uuid
    )
    SELECT p.entity_id::text AS id, sum(q.weight * p.weight)::float8 AS score
    FROM q JOIN similar_profiles p ON p.user_id = ${userId}::uuid AND p.kind = ${kind} AND p.term_id = q.term_id
    WHERE p.entity_id <> ${entityId}::uuid AND EXISTS (SELECT 1 FROM ${table} e WHERE e.id = p.entity_id)
    GROUP BY p.entity_id ORDER BY score DESC, p.entity_id LIMIT ${limit}`;
}

export function selectEntityContributions(userId: string, kind: EntityKind, entityId: string, ids: string[]): Promise<ContributionRow[]> {
  return prisma().$queryRaw<ContributionRow[]>`
    WITH q AS MATERIALIZED (
      SELECT term_id, weight FROM similar_profiles WHERE user_id = ${userId}::uuid AND kind = ${kind} AND entity_id = ${entityId}::uuid
    )
    SELECT c.entity_id::text AS owner_id, t.token, NULL::text AS kind, c.w AS weight
    FROM unnest(${ids}::uuid[]) AS i(id)
    CROSS JOIN LATERAL (
      SELECT p.entity_id, p.term_id, (q.weight * p.weight)::float8 AS w
      FROM similar_profiles p JOIN q ON q.term_id = p.term_id
      WHERE p.user_id = ${userId}::uuid AND p.kind = ${kind} AND p.entity_id = i.id
      ORDER BY q.weight * p.weight DESC, p.term_id LIMIT 3
    ) c
    JOIN similar_terms t ON t.id = c.term_id
    ORDER BY c.entity_id, c.w DESC, c.term_id`;
}

export interface EntityNameRow {
  id: string;
  name: string;
  video_count: number;
}

/** Names of performers or studios and how many of this user's counted videos have them. */
export function selectEntityNames(userId: string, kind: EntityKind, ids: string[]): Promise<EntityNameRow[]> {
  const table = kind === 'person' ? Prisma.sql`people` : Prisma.sql`studios`;
  const prefix = kind === 'person' ? 'performer:' : 'studio:';
  const own = kind === 'person' ? 'performer' : 'studio';
  return prisma().$queryRaw<EntityNameRow[]>`
    SELECT e.id::text AS id, e.name,
      (SELECT count(*)::int FROM similar_terms t JOIN similar_tokens st ON st.term_id = t.id AND st.kind = ${own}
         JOIN similar_vectors v ON v.asset_id = st.asset_id AND v.term_id = t.id AND v.user_id = ${userId}::uuid
       WHERE t.token = ${prefix} || e.id) AS video_count
    FROM ${table} e WHERE e.id = ANY(${ids}::uuid[])`;
}

/** Names of the tags, performers and studios that tokens name (a token's label). */
export function selectTokenNames(ids: { tags: string[]; people: string[]; studios: string[] }): Promise<{ id: string; name: string }[]> {
  return prisma().$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text AS id, name FROM tags WHERE id = ANY(${ids.tags}::uuid[])
    UNION ALL SELECT id::text, name FROM people WHERE id = ANY(${ids.people}::uuid[])
    UNION ALL SELECT id::text, name FROM studios WHERE id = ANY(${ids.studios}::uuid[])`;
}

export interface TokenRow {
  token: string;
  kind: string;
  tf: number;
  raw: number;
  df: number | null;
  videos: number;
  value: number | null;
}

/** A video's tokens with this user's df and N, and its vector's components when it has one. */
export function selectVideoTokens(userId: string, assetId: string): Promise<TokenRow[]> {
  return prisma().$queryRaw<TokenRow[]>`
    SELECT t.token, st.kind, st.tf::float8 AS tf, st.weight::float8 AS raw, d.df, su.videos, v.weight::float8 AS value
    FROM similar_tokens st JOIN similar_terms t ON t.id = st.term_id
    JOIN similar_users su ON su.user_id = ${userId}::uuid
    LEFT JOIN similar_df d ON d.user_id = su.user_id AND d.term_id = st.term_id
    LEFT JOIN similar_vectors v ON v.asset_id = st.asset_id AND v.user_id = su.user_id AND v.term_id = st.term_id
    WHERE st.asset_id = ${assetId}::uuid
    ORDER BY v.weight DESC NULLS LAST, st.weight DESC, t.token`;
}

export interface CloudRow {
  token: string;
  weight: number;
  videos: number;
}

/**
 * The 100 tokens with the largest summed vector weight over the user's videos — all, or
 * those that have every one of `filterTokens` (a performer's, a studio's with its sub-studios',
 * a tag's own or inherited) — leaving the filter tokens out: every video there has them.
 */
export function selectWordCloud(userId: string, filterTokens: string[]): Promise<CloudRow[]> {
  const u = Prisma.sql`${userId}::uuid`;
  if (filterTokens.length === 0) {
    return prisma().$queryRaw<CloudRow[]>`
      SELECT t.token, c.s::float8 AS weight, (SELECT videos FROM similar_users WHERE user_id = ${u}) AS videos
      FROM (SELECT v.term_id, sum(v.weight) AS s FROM similar_vectors v WHERE v.user_id = ${u}
            GROUP BY v.term_id ORDER BY s DESC, v.term_id LIMIT 100) c
      JOIN similar_terms t ON t.id = c.term_id ORDER BY c.s DESC, t.token`;
  }
  return prisma().$queryRaw<CloudRow[]>`
    WITH f AS (SELECT id FROM similar_terms WHERE token = ANY(${filterTokens}::text[])),
    vids AS (
      SELECT v.asset_id FROM similar_vectors v WHERE v.user_id = ${u} AND v.term_id IN (SELECT id FROM f)
      GROUP BY v.asset_id HAVING count(*) = ${filterTokens.length}
    ), c AS (
      SELECT v.term_id, sum(v.weight) AS s FROM vids JOIN similar_vectors v ON v.asset_id = vids.asset_id AND v.user_id = ${u}
      WHERE v.term_id NOT IN (SELECT id FROM f)
      GROUP BY v.term_id ORDER BY s DESC, v.term_id LIMIT 100
    )
    SELECT t.token, c.s::float8 AS weight, (SELECT count(*)::int FROM vids) AS videos
    FROM c JOIN similar_terms t ON t.id = c.term_id ORDER BY c.s DESC, t.token`;
}

/** Whether the asset is a video (the similar routes answer 404 for a photo). */
export async function isVideo(assetId: string): Promise<boolean> {
  const rows = await prisma().$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM assets WHERE id = ${assetId}::uuid AND type = 'video'`;
  return rows.length > 0;
}

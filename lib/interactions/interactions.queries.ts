// The SQL of per-user interactions with a video. lib/access has already said the user may see
// the asset; every statement is still keyed by that user, so one person's state never reaches
// another's. Counters move by increments inside the row's own UPDATE, so parallel requests add
// up instead of overwriting each other.
import { readableAssetSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { type LimitedKind, PER_VIDEO_LIMITS } from './interactions.schemas';

type Tx = PrismaTypes.TransactionClient;

export interface StateRow {
  liked_at: Date | null;
  rating: number | null;
  favourite_at: Date | null;
  resume_at: number | null;
  play_count: number;
  view_seconds: number;
  last_viewed_at: Date | null;
}

export async function findState(userId: string, assetId: string): Promise<StateRow | null> {
  const rows = await prisma().$queryRaw<StateRow[]>`
    SELECT liked_at, rating, favourite_at, resume_at, play_count, view_seconds, last_viewed_at
    FROM asset_user_states WHERE user_id = ${userId}::uuid AND asset_id = ${assetId}::uuid`;
  return rows[0] ?? null;
}

/** People who like the asset and can still see it (a member whose access was taken away no
 * longer counts; the rule is lib/access's). */
export async function countLikes(assetId: string): Promise<number> {
  const rows = await prisma().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM asset_user_states s JOIN assets a ON a.id = s.asset_id
    WHERE s.asset_id = ${assetId}::uuid AND s.liked_at IS NOT NULL AND ${readableAssetSql(Prisma.sql`s.user_id`)}`;
  return rows[0].n;
}

/** Likes, rates or dates the favourite; a field left undefined keeps its value. `ratingHalves`: 1–10, or null to clear. */
export async function upsertPreferences(
  userId: string,
  assetId: string,
  change: { liked?: boolean; ratingHalves?: number | null; favouriteAt?: Date },
): Promise<void> {
  const liked = change.liked === undefined ? null : change.liked;
  const setRating = change.ratingHalves !== undefined;
  const rating = change.ratingHalves ?? null;
  const favouriteAt = change.favouriteAt ?? null;
  await prisma().$executeRaw`
    INSERT INTO asset_user_states (user_id, asset_id, liked_at, rating, favourite_at)
    VALUES (${userId}::uuid, ${assetId}::uuid,
            CASE WHEN ${liked}::boolean THEN now() END, ${rating}::int, ${favouriteAt}::timestamptz)
    ON CONFLICT (user_id, asset_id) DO UPDATE SET
      liked_at = CASE WHEN ${liked}::boolean IS NULL THEN asset_user_states.liked_at
                      WHEN ${liked}::boolean THEN COALESCE(asset_user_states.liked_at, now()) END,
      rating = CASE WHEN ${setRating} THEN ${rating}::int ELSE asset_user_states.rating END,
      favourite_at = COALESCE(${favouriteAt}::timestamptz, asset_user_states.favourite_at),
      updated_at = now()`;
}

/** The video's duration in seconds (null when unknown), or undefined when the asset is not a video. */
export async function findVideoDuration(assetId: string): Promise<number | null | undefined> {
  const rows = await prisma().$queryRaw<{ duration_ms: number | null }[]>`
    SELECT duration_ms FROM assets WHERE id = ${assetId}::uuid AND type = 'video'`;
  return rows.length === 0 ? undefined : rows[0].duration_ms === null ? null : rows[0].duration_ms / 1000;
}

/** The play row, created on its first report and locked for this transaction. Null when the
 * id names someone else's play, or a play of another video. */
export async function lockPlay(tx: Tx, playId: string, userId: string, assetId: string): Promise<{ watched: number; counted: boolean } | null> {
  await tx.$executeRaw`
    INSERT INTO video_plays (id, user_id, asset_id) VALUES (${playId}::uuid, ${userId}::uuid, ${assetId}::uuid)
    ON CONFLICT (id) DO NOTHING`;
  const rows = await tx.$queryRaw<{ watched_seconds: number; counted: boolean }[]>`
    SELECT watched_seconds, counted FROM video_plays
    WHERE id = ${playId}::uuid AND user_id = ${userId}::uuid AND asset_id = ${assetId}::uuid FOR UPDATE`;
  return rows[0] ? { watched: rows[0].watched_seconds, counted: rows[0].counted } : null;
}

export async function updatePlay(tx: Tx, playId: string, watched: number, counted: boolean): Promise<void> {
  await tx.$executeRaw`UPDATE video_plays SET watched_seconds = ${watched}, counted = ${counted}, updated_at = now() WHERE id = ${playId}::uuid`;
}

/** Adds watched time (and a play, once) to the user's counters; moves the resume point when
 * this report is news (`resumeAt` undefined leaves it), null meaning "from the start". */
export async function addViewing(
  tx: Tx,
  userId: string,
  assetId: string,
  add: { seconds: number; plays: number; resumeAt: number | null | undefined },
): Promise<{ play_count: number; view_seconds: number; resume_at: number | null }> {
  const moveResume = add.resumeAt !== undefined;
  const resumeAt = add.resumeAt ?? null;
  const rows = await tx.$queryRaw<{ play_count: number; view_seconds: number; resume_at: number | null }[]>`
    INSERT INTO asset_user_states (user_id, asset_id, view_seconds, play_count, resume_at, last_viewed_at)
    VALUES (${userId}::uuid, ${assetId}::uuid, ${add.seconds}, ${add.plays}, ${resumeAt}::float8, now())
    ON CONFLICT (user_id, asset_id) DO UPDATE SET
      view_seconds = asset_user_states.view_seconds + ${add.seconds},
      play_count = asset_user_states.play_count + ${add.plays},
      resume_at = CASE WHEN ${moveResume} THEN ${resumeAt}::float8 ELSE asset_user_states.resume_at END,
      last_viewed_at = now(),
      updated_at = now()
    RETURNING play_count, view_seconds, resume_at`;
  return rows[0];
}

export function listMarkers(userId: string, assetId: string) {
  return prisma().marker.findMany({
    where: { userId, assetId },
    orderBy: [{ seconds: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, seconds: true, endSeconds: true, title: true, createdAt: true },
  });
}

/** Runs `insert` unless the user already has `limit` rows of this kind on the video; null
 * when full. One user's additions of one kind to one video are serialised by a transaction
 * advisory lock, so the count cannot be read by two requests before either inserts. */
async function insertWithinLimit<T>(kind: LimitedKind, userId: string, assetId: string, insert: (tx: Tx) => Promise<T>): Promise<T | null> {
  return prisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`interactions:${kind}`}), hashtext(${userId + assetId}))::text`;
    const where = { userId, assetId };
    const count =
      kind === 'marker' ? await tx.marker.count({ where }) : kind === 'comment' ? await tx.comment.count({ where }) : await tx.finishPoint.count({ where });
    return count >= PER_VIDEO_LIMITS[kind] ? null : insert(tx);
  });
}

export function insertMarker(userId: string, assetId: string, data: { seconds: number; endSeconds: number | null; title: string | null }) {
  return insertWithinLimit('marker', userId, assetId, (tx) =>
    tx.marker.create({ data: { userId, assetId, ...data }, select: { id: true, seconds: true, endSeconds: true, title: true, createdAt: true } }),
  );
}

/** False when the marker is not on this asset. */
export async function deleteMarker(assetId: string, markerId: string): Promise<boolean> {
  return (await prisma().marker.deleteMany({ where: { id: markerId, assetId } })).count === 1;
}

export function listFinishPoints(userId: string, assetId: string) {
  return prisma().finishPoint.findMany({ where: { userId, assetId }, orderBy: { createdAt: 'desc' }, select: { id: true, seconds: true, createdAt: true } });
}

export function insertFinishPoint(userId: string, assetId: string, seconds: number) {
  return insertWithinLimit('finishPoint', userId, assetId, (tx) =>
    tx.finishPoint.create({ data: { userId, assetId, seconds }, select: { id: true, seconds: true, createdAt: true } }),
  );
}

const commentSelect = { id: true, body: true, createdAt: true, editedAt: true, user: { select: { id: true, name: true } } } as const;

export function listComments(assetId: string) {
  return prisma().comment.findMany({ where: { assetId }, orderBy: { createdAt: 'asc' }, select: commentSelect });
}

export function insertComment(userId: string, assetId: string, body: string) {
  return insertWithinLimit('comment', userId, assetId, (tx) => tx.comment.create({ data: { userId, assetId, body }, select: commentSelect }));
}

/** Null when the comment is not on this asset. */
export async function updateComment(assetId: string, commentId: string, body: string) {
  const { count } = await prisma().comment.updateMany({ where: { id: commentId, assetId }, data: { body, editedAt: new Date() } });
  return count === 1 ? prisma().comment.findUnique({ where: { id: commentId }, select: commentSelect }) : null;
}

/** False when the comment is not on this asset. */
export async function deleteComment(assetId: string, commentId: string): Promise<boolean> {
  return (await prisma().comment.deleteMany({ where: { id: commentId, assetId } })).count === 1;
}

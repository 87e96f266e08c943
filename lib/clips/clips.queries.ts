// The SQL of clips. lib/access has already said the clip is the user's (and, to read it, that
// they may still download its video) or that the video is downloadable; statements still name
// the user as a second wall. A user's caps are counted under a transaction-scoped advisory lock
// per user, so parallel requests are counted one after the other.
import { readableAssetSql } from '@/lib/access/access.queries';
import { prisma, type Prisma } from '@/lib/server/db';
import type { ClipFormat } from '@/lib/server/generated/prisma/enums';

type Tx = Prisma.TransactionClient;

const clipSelect = {
  id: true,
  assetId: true,
  startSeconds: true,
  endSeconds: true,
  format: true,
  requestedWidth: true,
  status: true,
  progress: true,
  storageKey: true,
  bytes: true,
  width: true,
  height: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  asset: { select: { title: true, relPath: true } },
} as const;
export type ClipRow = Prisma.VideoClipGetPayload<{ select: typeof clipSelect }>;

/** What a clip request checks against: the video's kind, length and upright size. */
export function findVideoForClip(assetId: string) {
  return prisma().asset.findUnique({ where: { id: assetId }, select: { type: true, durationMs: true, width: true, height: true } });
}

export async function lockUserClips(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shoebox:clips:${userId}`}::text, 0))`;
}

/** The user's clips: all kept, and those queued or running. */
export async function countUserClips(tx: Tx, userId: string): Promise<{ stored: number; active: number }> {
  const rows = await tx.$queryRaw<{ stored: number; active: number }[]>`
    SELECT count(*)::int AS stored, (count(*) FILTER (WHERE status IN ('queued', 'running')))::int AS active
    FROM video_clips WHERE user_id = ${userId}::uuid`;
  return rows[0];
}

export function insertClip(tx: Tx, userId: string, assetId: string, clip: { start: number; end: number; format: ClipFormat; width: number | null }): Promise<ClipRow> {
  return tx.videoClip.create({
    data: { userId, assetId, startSeconds: clip.start, endSeconds: clip.end, format: clip.format, requestedWidth: clip.width },
    select: clipSelect,
  });
}

export function findClip(clipId: string, userId: string): Promise<ClipRow | null> {
  return prisma().videoClip.findFirst({ where: { id: clipId, userId }, select: clipSelect });
}

/** My clips of one video, newest first. */
export function listClipsOfVideo(userId: string, assetId: string): Promise<ClipRow[]> {
  return prisma().videoClip.findMany({ where: { userId, assetId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: clipSelect });
}

/** All my clips of videos I may still see, newest first (at most MAX_STORED_CLIPS exist). */
export async function listClipsOfUser(userId: string): Promise<ClipRow[]> {
  const ids = await prisma().$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM video_clips c JOIN assets a ON a.id = c.asset_id
    WHERE c.user_id = ${userId}::uuid AND ${readableAssetSql(userId)}`;
  return prisma().videoClip.findMany({ where: { id: { in: ids.map((r) => r.id) }, userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: clipSelect });
}

/** Removes the row; returns its file's key (null when none was made), or undefined when there was no such clip. */
export async function deleteClipRow(clipId: string, userId: string): Promise<string | null | undefined> {
  const rows = await prisma().$queryRaw<{ storage_key: string | null }[]>`
    DELETE FROM video_clips WHERE id = ${clipId}::uuid AND user_id = ${userId}::uuid RETURNING storage_key`;
  return rows.length === 0 ? undefined : rows[0].storage_key;
}

// ── The job's side ──

/** The clip to make and its video's file; null when the clip is gone (deleted while queued). */
export function findClipToMake(clipId: string) {
  return prisma().videoClip.findUnique({
    where: { id: clipId },
    select: {
      id: true,
      userId: true,
      startSeconds: true,
      endSeconds: true,
      format: true,
      requestedWidth: true,
      status: true,
      asset: { select: { status: true, relPath: true, width: true, height: true, library: { select: { rootPath: true } } } },
    },
  });
}

/** Running from now (a rerun after a crash starts again at 0). False when the clip is gone. */
export async function markClipRunning(clipId: string): Promise<boolean> {
  return (await prisma().videoClip.updateMany({ where: { id: clipId }, data: { status: 'running', progress: 0, error: null } })).count === 1;
}

export async function saveClipProgress(clipId: string, progress: number): Promise<void> {
  await prisma().videoClip.updateMany({ where: { id: clipId, status: 'running' }, data: { progress } });
}

/** Done, with its file. False when the clip was deleted meanwhile (the caller removes the file). */
export async function saveClipDone(clipId: string, file: { storageKey: string; bytes: number; width: number; height: number }): Promise<boolean> {
  const data = { status: 'done' as const, progress: 1, ...file, error: null, finishedAt: new Date() };
  return (await prisma().videoClip.updateMany({ where: { id: clipId }, data })).count === 1;
}

export async function saveClipFailed(clipId: string, error: string): Promise<void> {
  await prisma().videoClip.updateMany({ where: { id: clipId }, data: { status: 'failed', error, storageKey: null, bytes: null, finishedAt: new Date() } });
}

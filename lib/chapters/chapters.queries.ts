// The SQL of chapters. lib/access has already said the user may see the asset (and, to delete,
// that the chapter is theirs); statements still name the asset, and deletes the author, as a
// second wall. The per-user cap is counted under a transaction-scoped advisory lock per
// (video, user), so parallel adds of one user are counted one after the other.
import { prisma, type Prisma } from '@/lib/server/db';
import type { FileChapter } from '@/lib/videos/probe-chapters';

type Tx = Prisma.TransactionClient;

const chapterSelect = { id: true, seconds: true, title: true, createdAt: true, user: { select: { id: true, name: true } } } as const;
export type ChapterRow = Prisma.ChapterGetPayload<{ select: typeof chapterSelect }>;

/** The video's duration in seconds (null when unknown), or undefined when the asset is not a video. */
export async function findVideoDurationForChapters(assetId: string): Promise<number | null | undefined> {
  const rows = await prisma().$queryRaw<{ duration_ms: number | null }[]>`
    SELECT duration_ms FROM assets WHERE id = ${assetId}::uuid AND type = 'video'`;
  return rows.length === 0 ? undefined : rows[0].duration_ms === null ? null : rows[0].duration_ms / 1000;
}

/** Every chapter of the video, the file's and every user's, in time order. */
export function listChapters(assetId: string): Promise<ChapterRow[]> {
  return prisma().chapter.findMany({ where: { assetId }, orderBy: [{ seconds: 'asc' }, { createdAt: 'asc' }], select: chapterSelect });
}

/** Holds, until the transaction ends, the lock under which one user's chapters on one video are counted and added. */
export async function lockUserChapters(tx: Tx, userId: string, assetId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shoebox:chapters:${assetId}:${userId}`}::text, 0))`;
}

export async function countUserChapters(tx: Tx, userId: string, assetId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM chapters WHERE asset_id = ${assetId}::uuid AND user_id = ${userId}::uuid`;
  return rows[0].n;
}

export function insertUserChapter(tx: Tx, userId: string, assetId: string, chapter: { seconds: number; title: string }): Promise<ChapterRow> {
  return tx.chapter.create({ data: { userId, assetId, ...chapter }, select: chapterSelect });
}

/** False when no chapter of this author has that id on this asset. */
export async function deleteUserChapter(userId: string, assetId: string, chapterId: string): Promise<boolean> {
  return (await prisma().chapter.deleteMany({ where: { id: chapterId, assetId, userId } })).count === 1;
}

/** The file's chapters become exactly `chapters`; users' chapters stay as they are. */
export async function replaceFileChapters(tx: Tx, assetId: string, chapters: FileChapter[]): Promise<void> {
  await tx.chapter.deleteMany({ where: { assetId, userId: null } });
  if (chapters.length > 0) await tx.chapter.createMany({ data: chapters.map((c) => ({ assetId, userId: null, seconds: c.seconds, title: c.title })) });
}

/** Every ready, online video with where its file is: what `shoebox videos --chapters` reads chapters from. */
export function listReadyVideoFiles() {
  return prisma().asset.findMany({
    where: { type: 'video', status: 'online', ingestStatus: 'ready' },
    select: { id: true, relPath: true, library: { select: { rootPath: true } } },
    orderBy: { id: 'asc' },
  });
}

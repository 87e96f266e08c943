// The chapters a video file carries, stored as the video's file chapters (no author). Run by the
// ingest of a video in the transaction that saves it, and by `shoebox videos --chapters` for
// videos ingested before chapters existed. Replaces the file chapters of an earlier run, so
// running it twice leaves the same rows; chapters users added are never touched. No user asks
// for this (the worker and the CLI do), so there is no access check.
import { prisma, type Prisma } from '@/lib/server/db';
import type { FileChapter } from '@/lib/videos/probe-chapters';
import { replaceFileChapters } from './chapters.queries';

export async function importFileChapters(assetId: string, chapters: FileChapter[], tx?: Prisma.TransactionClient): Promise<void> {
  if (tx) return replaceFileChapters(tx, assetId, chapters);
  await prisma().$transaction((t) => replaceFileChapters(t, assetId, chapters));
}

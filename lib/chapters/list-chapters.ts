// The chapters of a video — the file's and those every user added — in time order. A photo,
// like a foreign or missing asset, has none to show: 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { toChapterView } from './chapter-view';
import { findVideoDurationForChapters, listChapters as selectChapters } from './chapters.queries';
import type { ChapterList } from './chapters.schemas';

export async function listChapters(user: Actor, assetId: string): Promise<ChapterList> {
  await requireAccess(user, 'asset.read', [assetId]);
  if ((await findVideoDurationForChapters(assetId)) === undefined) throw notFound('No such video.');
  return { chapters: (await selectChapters(assetId)).map((c) => toChapterView(c, user.id)) };
}

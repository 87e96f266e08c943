// Downloads one of my finished clips: Range (a <video> fetches an MP4 in parts), ETag, private
// cache, nosniff, and a readable file name (the video's name and the range). The storage key
// comes from the row, never from the request. An <img>/<video> shows it despite "attachment".
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { attachment } from '@/lib/assets/content-disposition';
import { sendDerivedRange } from '@/lib/assets/send-derived-range';
import { notFound } from '@/lib/server/errors';
import { clipFileName } from './clip-file-name';
import { videoNameOf } from './clip-view';
import { findClip } from './clips.queries';

export async function serveClipFile(req: Request, user: Actor, clipId: string): Promise<Response> {
  await requireAccess(user, 'clip.read', [clipId]);
  const row = await findClip(clipId, user.id);
  if (!row || row.status !== 'done' || !row.storageKey) throw notFound('This clip is not made yet.');
  const res = await sendDerivedRange(req, { id: row.id, storageKey: row.storageKey, createdAt: row.finishedAt ?? row.createdAt }, 'This clip’s file is missing.');
  res.headers.set('content-disposition', attachment(clipFileName(videoNameOf(row.asset), row.startSeconds, row.endSeconds, row.format)));
  return res;
}

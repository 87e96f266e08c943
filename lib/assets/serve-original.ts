// The original file of an asset, for download and for the video player. The path comes from
// the database only; openLibraryFile opens it and then checks that what it opened is inside the
// library root, and the bytes are streamed from that descriptor (a symlink swapped in at any
// moment cannot reach outside). Range requests, ETag, private cache, nosniff
// (send-opened-file.ts); the content type is one of a known safe list, and the file is always
// an attachment.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { servedTypeOfOriginal } from '@/lib/media/media-types';
import { notFound } from '@/lib/server/errors';
import { sendOpenedFile } from './send-opened-file';
import { findOriginal } from './asset-actions.queries';

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function serveOriginal(req: Request, user: Actor, assetId: string): Promise<Response> {
  await requireAccess(user, 'asset.download', [assetId]);
  return sendOriginal(req, assetId);
}

/** The original of an asset the caller already may download (a user through requireAccess, a
 * link holder through lib/access/link-access.ts when the link allows downloads). */
export async function sendOriginal(req: Request, assetId: string): Promise<Response> {
  const asset = await findOriginal(assetId);
  if (!asset) throw notFound('No such photo.');
  const file = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (file.kind !== 'ok') throw notFound('The original file is not available (moved, deleted, empty or outside its library).');
  return sendOpenedFile(req, file, {
    'content-type': servedTypeOfOriginal(asset.mime, asset.relPath),
    'content-disposition': attachment(path.posix.basename(asset.relPath)),
  });
}

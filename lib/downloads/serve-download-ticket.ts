// GET /api/downloads/<token>: the ZIP a ticket names, for the user who asked for it while it is
// valid (anyone else, or later: 404). Access is asked again: an album left or an asset
// unshared since the ticket was made is a 404 too.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { hashTicket } from './create-download-ticket';
import { albumSource, selectionSource } from './download-sources';
import { findDownloadTicket } from './downloads.queries';
import { zipAssetsResponse } from './zip-assets-response';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function serveDownloadTicket(req: Request, user: Actor, token: string): Promise<Response> {
  const ticket = TOKEN.test(token) ? await findDownloadTicket(hashTicket(token), user.id) : null;
  if (!ticket) throw notFound('This download link has expired. Start the download again.');
  if (ticket.albumId) await requireAccess(user, 'album.read', [ticket.albumId]);
  else await requireAccess(user, 'asset.download', ticket.assetIds);
  const source = ticket.albumId ? await albumSource(ticket.albumId) : await selectionSource(ticket.assetIds);
  return zipAssetsResponse(req, source.rows, source.fileName, user.id);
}

// GET /api/albums/<id>/download: the album's items as one ZIP, in the album's order, named
// after the album, for its owner and members (album.read; anyone else 404).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { albumSource } from './download-sources';
import { zipAssetsResponse } from './zip-assets-response';

export async function serveAlbumDownload(req: Request, user: Actor, albumId: string): Promise<Response> {
  const [id] = await requireAccess(user, 'album.read', [albumId]);
  const source = await albumSource(id);
  return zipAssetsResponse(req, source.rows, source.fileName, user.id);
}

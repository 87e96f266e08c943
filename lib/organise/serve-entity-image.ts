// Serves the image of a performer, studio or tag to whoever may read it: the storage key comes
// from the database, never the request. ETag (the key changes with every new image) and
// private caching; none set is a 404 like a missing one.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { openObject } from '@/lib/storage/storage';
import { permissionOf } from './entity-view';
import { findEntity } from './organise.queries';
import { type EntityKind, KIND_WORDS } from './organise.schemas';

export async function serveEntityImage(req: Request, user: Actor, kind: EntityKind, id: string): Promise<Response> {
  await requireAccess(user, permissionOf(kind, 'read'), [id]);
  const row = await findEntity(kind, id);
  if (!row?.image_key) throw notFound(`This ${KIND_WORDS[kind].one} has no image.`);
  const etag = `"${row.image_key.slice(row.image_key.lastIndexOf('/') + 1)}"`;
  const headers: Record<string, string> = { etag, 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff' };
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const object = await openObject(row.image_key);
  if (!object) throw notFound(`This ${KIND_WORDS[kind].one}’s image is missing; set it again.`);
  headers['content-type'] = 'image/webp';
  headers['content-length'] = String(object.size);
  return new Response(object.body, { status: 200, headers });
}

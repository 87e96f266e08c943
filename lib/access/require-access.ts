// The one question every id-taking operation asks first: may this user do this to these ids?
// All or nothing, and one answer for missing and forbidden alike (404), so an id never tells
// whether someone else's photo or library exists. Modelled on Immich's requireAccess.
import { notFound } from '@/lib/server/errors';
import { selectAllowedAssetIds, selectAllowedLibraryIds } from './access.queries';
import type { Actor, AssetPermission, LibraryPermission, Permission } from './access.schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOT_FOUND: Record<'asset' | 'library', string> = { asset: 'No such photo.', library: 'No such library.' };

/** Throws not found unless the actor may do `permission` to every id (and there is at least
 * one); returns the ids, deduplicated and in lower case. */
export async function requireAccess(actor: Actor, permission: Permission, ids: readonly string[]): Promise<Set<string>> {
  // PostgreSQL answers uuids in lower case; a malformed id is simply one that does not exist.
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const kind = permission.startsWith('asset.') ? 'asset' : 'library';
  const wellFormed = unique.filter((id) => UUID.test(id));
  const allowed = new Set(
    wellFormed.length === 0
      ? []
      : kind === 'asset'
        ? await selectAllowedAssetIds(actor.id, permission as AssetPermission, wellFormed)
        : await selectAllowedLibraryIds(actor, permission as LibraryPermission, wellFormed),
  );
  if (unique.length === 0 || unique.some((id) => !allowed.has(id))) {
    throw notFound(unique.length === 1 ? NOT_FOUND[kind] : `Some of these ${kind === 'asset' ? 'photos' : 'libraries'} do not exist.`);
  }
  return allowed;
}

// The one question every id-taking operation asks first: may this user do this to these ids?
// All or nothing, and one answer for missing and forbidden alike (404), so an id never tells
// whether someone else's photo, library, session or key exists. Modelled on Immich's requireAccess.
import { notFound } from '@/lib/server/errors';
import {
  selectAllowedAlbumIds,
  selectAllowedAssetIds,
  selectAllowedLibraryIds,
  selectAllowedOrganiseIds,
  selectDeletableAlbumCommentIds,
  selectManageableUserIds,
  selectOwnedSharedLinkIds,
  selectOwnFaceIds,
  selectOwnRowIds,
  selectReadableClipIds,
  selectRevocableInviteIds,
} from './access.queries';
import type { AccessKind, Actor, AlbumPermission, AssetPermission, LibraryPermission, OrganisePermission, Permission } from './access.schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const KINDS: Record<AccessKind, { one: string; some: string; allowed: (actor: Actor, permission: Permission, ids: string[]) => Promise<string[]> }> = {
  asset: { one: 'No such photo.', some: 'photos', allowed: (a, p, ids) => selectAllowedAssetIds(a.id, p as AssetPermission, ids) },
  library: { one: 'No such library.', some: 'libraries', allowed: (a, p, ids) => selectAllowedLibraryIds(a, p as LibraryPermission, ids) },
  session: { one: 'No such session.', some: 'sessions', allowed: (a, _p, ids) => selectOwnRowIds('session', a, ids) },
  apiKey: { one: 'No such API key.', some: 'API keys', allowed: (a, _p, ids) => selectOwnRowIds('apiKey', a, ids) },
  user: { one: 'No such user.', some: 'users', allowed: (a, _p, ids) => selectManageableUserIds(a, ids) },
  invite: { one: 'No such invite.', some: 'invites', allowed: (a, _p, ids) => selectRevocableInviteIds(a, ids) },
  marker: { one: 'No such marker.', some: 'markers', allowed: (a, _p, ids) => selectOwnRowIds('marker', a, ids) },
  comment: { one: 'No such comment.', some: 'comments', allowed: (a, _p, ids) => selectOwnRowIds('comment', a, ids) },
  chapter: { one: 'No such chapter.', some: 'chapters', allowed: (a, _p, ids) => selectOwnRowIds('chapter', a, ids) },
  clip: { one: 'No such clip.', some: 'clips', allowed: (a, p, ids) => (p === 'clip.read' ? selectReadableClipIds(a, ids) : selectOwnRowIds('clip', a, ids)) },
  person: { one: 'No such performer.', some: 'performers', allowed: (a, p, ids) => selectAllowedOrganiseIds(a.id, p as OrganisePermission, ids) },
  studio: { one: 'No such studio.', some: 'studios', allowed: (a, p, ids) => selectAllowedOrganiseIds(a.id, p as OrganisePermission, ids) },
  tag: { one: 'No such tag.', some: 'tags', allowed: (a, p, ids) => selectAllowedOrganiseIds(a.id, p as OrganisePermission, ids) },
  face: { one: 'No such face.', some: 'faces', allowed: (a, _p, ids) => selectOwnFaceIds(a, ids) },
  savedSearch: { one: 'No such saved search.', some: 'saved searches', allowed: (a, _p, ids) => selectOwnRowIds('savedSearch', a, ids) },
  album: { one: 'No such album.', some: 'albums', allowed: (a, p, ids) => selectAllowedAlbumIds(a.id, p as AlbumPermission, ids) },
  sharedLink: { one: 'No such shared link.', some: 'shared links', allowed: (a, _p, ids) => selectOwnedSharedLinkIds(a.id, ids) },
  albumComment: { one: 'No such comment.', some: 'comments', allowed: (a, _p, ids) => selectDeletableAlbumCommentIds(a.id, ids) },
};

/** The ids (deduplicated, lower case) and which of them the actor may do `permission` to. */
async function check(actor: Actor, permission: Permission, ids: readonly string[]) {
  // PostgreSQL answers uuids in lower case; a malformed id is simply one that does not exist.
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const kind = KINDS[permission.slice(0, permission.indexOf('.')) as AccessKind];
  const wellFormed = unique.filter((id) => UUID.test(id));
  const allowed = new Set(wellFormed.length === 0 ? [] : await kind.allowed(actor, permission, wellFormed));
  return { unique, kind, allowed, all: unique.length > 0 && unique.every((id) => allowed.has(id)) };
}

/** Throws not found unless the actor may do `permission` to every id (and there is at least
 * one); returns the ids, deduplicated and in lower case. */
export async function requireAccess(actor: Actor, permission: Permission, ids: readonly string[]): Promise<Set<string>> {
  const { unique, kind, allowed, all } = await check(actor, permission, ids);
  if (!all) throw notFound(unique.length === 1 ? kind.one : `Some of these ${kind.some} do not exist.`);
  return allowed;
}

/** Whether the actor may do `permission` to every id — for saying what a page may offer (an
 * edit button). Never instead of requireAccess in the operation that does it. */
export async function hasAccess(actor: Actor, permission: Permission, ids: readonly string[]): Promise<boolean> {
  return (await check(actor, permission, ids)).all;
}

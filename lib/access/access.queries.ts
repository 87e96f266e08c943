// The only SQL that decides who may touch which asset, library, session, API key, user or invite: one query per kind of id,
// for many ids at once (a bulk action of 10,000 ids is one round trip). Each returns the
// subset of the ids the user may act on; an id that does not exist is simply not returned,
// so missing and forbidden cannot be told apart by the caller.
//
// Today the one rule is "owner". Sharing (next issue: LibraryMember) adds its clause HERE and
// nowhere else: "OR EXISTS (SELECT 1 FROM library_members m WHERE m.library_id = a.library_id
// AND m.user_id = ${userId})" in the asset queries (read/download for any member, update as
// the member's role allows) and the same on l.id in the library query.
import { prisma } from '@/lib/server/db';
import type { Actor, AssetPermission, LibraryPermission } from './access.schemas';

/** Assets the user may see or download: their own. (+ member of the asset's library, later.) */
async function selectReadableAssetIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a
    WHERE a.id = ANY(${ids}::uuid[]) AND a.owner_id = ${userId}::uuid`;
  return rows.map((r) => r.id);
}

/** Assets the user may change (favourite, archive, trash, restore): their own. Favourite and
 * archive are per-user states, so a library member will likely get them too; trash will not. */
async function selectUpdatableAssetIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a
    WHERE a.id = ANY(${ids}::uuid[]) AND a.owner_id = ${userId}::uuid`;
  return rows.map((r) => r.id);
}

export function selectAllowedAssetIds(userId: string, permission: AssetPermission, ids: string[]): Promise<string[]> {
  switch (permission) {
    case 'asset.read':
    case 'asset.download':
      return selectReadableAssetIds(userId, ids);
    case 'asset.update':
      return selectUpdatableAssetIds(userId, ids);
  }
}

/** Libraries the actor may read or change. Libraries are managed by admins (they add a folder
 * for a user), so an admin may act on every library; anyone else on their own. */
export async function selectAllowedLibraryIds(actor: Actor, _permission: LibraryPermission, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT l.id::text AS id FROM libraries l
    WHERE l.id = ANY(${ids}::uuid[]) AND (${actor.role === 'admin'} OR l.owner_id = ${actor.id}::uuid)`;
  return rows.map((r) => r.id);
}

/** Sessions the actor may end: their own (revoked or not: ending an ended one changes nothing). */
export async function selectOwnSessionIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM sessions s WHERE s.id = ANY(${ids}::uuid[]) AND s.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

/** API keys the actor may delete: their own. */
export async function selectOwnApiKeyIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT k.id::text AS id FROM api_keys k WHERE k.id = ANY(${ids}::uuid[]) AND k.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

/** Accounts the actor may manage (role, disable, delete, reset link): every one, for an admin. */
export async function selectManageableUserIds(actor: Actor, ids: string[]): Promise<string[]> {
  if (actor.role !== 'admin') return [];
  const rows = await prisma().$queryRaw<{ id: string }[]>`SELECT u.id::text AS id FROM users u WHERE u.id = ANY(${ids}::uuid[])`;
  return rows.map((r) => r.id);
}

/** Invitations the actor may revoke: every one, for an admin. */
export async function selectRevocableInviteIds(actor: Actor, ids: string[]): Promise<string[]> {
  if (actor.role !== 'admin') return [];
  const rows = await prisma().$queryRaw<{ id: string }[]>`SELECT i.id::text AS id FROM invites i WHERE i.id = ANY(${ids}::uuid[])`;
  return rows.map((r) => r.id);
}

/** Markers the actor may remove: their own. */
export async function selectOwnMarkerIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT m.id::text AS id FROM markers m WHERE m.id = ANY(${ids}::uuid[]) AND m.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

/** Comments the actor may edit or delete: their own. */
export async function selectOwnCommentIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM comments c WHERE c.id = ANY(${ids}::uuid[]) AND c.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

/** Chapters the actor may remove: those they added. A chapter imported from the file has no
 * author (user_id NULL) and is never returned: nobody removes it (the next ingest would bring it back). */
export async function selectOwnChapterIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM chapters c WHERE c.id = ANY(${ids}::uuid[]) AND c.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

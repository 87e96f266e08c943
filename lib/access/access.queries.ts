// The only SQL that decides who may touch which asset, library, session, API key, user or invite: one query per kind of id,
// for many ids at once (a bulk action of 10,000 ids is one round trip). Each returns the
// subset of the ids the user may act on; an id that does not exist is simply not returned,
// so missing and forbidden cannot be told apart by the caller.
//
// Two rules: the owner, and the members of a shared library (library_members), who may read
// its assets (not those in the owner's trash) and keep their own states, but change nothing.
// The member clause lives HERE and nowhere else; list queries of other rooms embed
// readableAssetSql or ownedOrSharedSql below instead of writing their own.
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { Actor, AlbumPermission, AssetPermission, LibraryPermission, OrganisePermission } from './access.schemas';

type Sql = PrismaTypes.Sql;

/** Asset `a` is readable by the user: theirs, or in a library shared with them and not
 * trashed. The user is an id, or a column of the outer query (e.g. who liked it: only people
 * who can still see the video count). */
export function readableAssetSql(user: string | Sql): Sql {
  return readableOn(Prisma.raw('a'), user);
}

/** The rule on any alias of assets (a fixed alias, never input). */
function readableOn(alias: Sql, user: string | Sql): Sql {
  const who = typeof user === 'string' ? Prisma.sql`${user}::uuid` : user;
  return Prisma.sql`(${alias}.owner_id = ${who} OR (${alias}.status <> 'trashed' AND EXISTS (
    SELECT 1 FROM library_members m WHERE m.library_id = ${alias}.library_id AND m.user_id = ${who})))`;
}

/** Video `a` is a copy of a file (lib/duplicates) whose first copy (`copy_of`, kept by a
 * trigger) this user can read and is online: the user sees and uses that first copy instead. */
export function firstCopyReadableSql(userId: string): Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM assets c WHERE c.id = a.copy_of AND ${readableOn(Prisma.raw('c'), userId)} AND c.status = 'online')`;
}

/** For lists: leave out such a copy, so copies of one file in several libraries the user reads
 * are one entry (a user who reads only a later copy still sees it). Written as a NOT EXISTS on
 * the first copy's id so PostgreSQL plans an anti-join: the same rule phrased per checksum
 * ("no earlier readable copy") was costed as a subplan per row, pushed the catalogue's count
 * over the JIT threshold and took 400 ms instead of 110 ms on 100,000 videos. Its one blind
 * spot: when the first copy is in a library the user cannot read, the user's later copies
 * all show (copy_of names one first copy for everyone). */
export function hiddenCopySql(userId: string): Sql {
  return Prisma.sql`NOT ${firstCopyReadableSql(userId)}`;
}

/** Asset `a` may be changed by the user (asset.update's rule, for list queries that change many
 * videos, like the auto-tagger's): their own. */
export function updatableAssetSql(userId: string): Sql {
  return Prisma.sql`a.owner_id = ${userId}::uuid`;
}

/** The same rule for month views, with the user's shared libraries read beforehand
 * (selectSharedLibraryIds): without any, exactly the owner clause, so the planner keeps the
 * owner-first covering index; with some, their assets by library. Callers add the status
 * conditions of their view (a member never sees the owner's trash: the trash view is the
 * owner's only). */
export function ownedOrSharedSql(userId: string, sharedLibraryIds: readonly string[]): Sql {
  return ownedOrSharedOn(Prisma.raw('a'), userId, sharedLibraryIds);
}

function ownedOrSharedOn(alias: Sql, userId: string, sharedLibraryIds: readonly string[]): Sql {
  if (sharedLibraryIds.length === 0) return Prisma.sql`${alias}.owner_id = ${userId}::uuid`;
  return Prisma.sql`(${alias}.owner_id = ${userId}::uuid OR ${alias}.library_id = ANY(${[...sharedLibraryIds]}::uuid[]))`;
}

/** hiddenCopySql's rule with the shared libraries read beforehand (for the catalogue's list,
 * whose count reads every visible video): a copy whose first copy is online and the user's or in
 * a shared library (for an online asset that is exactly readableAssetSql). Written as NOT IN over
 * the readable online ids because PostgreSQL costs that hashed subplan once (~8,000), while the
 * NOT EXISTS form under `copy_of IS NULL OR` was costed per row (850,000 on 100,000 videos),
 * which switched JIT on: 350 ms of compiling for a 10 ms count. The set is only built when a row
 * with copy_of is met, once per statement part. */
export function hiddenCopyListedSql(userId: string, sharedLibraryIds: readonly string[]): Sql {
  // The set holds first copies only (ids some copy points at, by assets_copy_of_idx): built from
  // every readable asset it would cost a scan of all of them in each list that meets a copy.
  return Prisma.sql`(a.copy_of IS NULL OR a.copy_of NOT IN (
    SELECT c.id FROM assets c WHERE c.id IN (SELECT f.copy_of FROM assets f WHERE f.copy_of IS NOT NULL)
      AND c.status = 'online' AND ${ownedOrSharedOn(Prisma.raw('c'), userId, sharedLibraryIds)}))`;
}

/** Libraries shared with the user (not their own), in a stable order. */
export async function selectSharedLibraryIds(userId: string): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT m.library_id::text AS id FROM library_members m WHERE m.user_id = ${userId}::uuid ORDER BY m.library_id`;
  return rows.map((r) => r.id);
}

/** Assets the user may see, download, or keep their own states on: readable (owner, library
 * member) or in an album the user owns or is a member of (not in the asset owner's trash). */
async function selectReadableAssetIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a WHERE a.id = ANY(${ids}::uuid[]) AND ${assetReadSql(userId)}`;
  return rows.map((r) => r.id);
}

/** asset.read on asset `a`, as requireAccess asks it: for a per-id path that must answer in
 * one query (a thumbnail: one request per tile, lib/assets/serve-derived.ts), with the same rule. */
export function assetReadSql(userId: string): Sql {
  return Prisma.sql`(${readableAssetSql(userId)} OR (a.status <> 'trashed' AND ${inAlbumOfSql(userId)}))`;
}

/** Asset `a` is in an album this user owns or is a member of. Only for per-id checks (viewer,
 * media, downloads): lists of a library (timeline, search, catalogue) keep readableAssetSql, so
 * an album shared with someone never fills their timeline. */
function inAlbumOfSql(userId: string): Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM album_assets aa JOIN albums al ON al.id = aa.album_id
    WHERE aa.asset_id = a.id AND (al.owner_id = ${userId}::uuid
      OR EXISTS (SELECT 1 FROM album_members am WHERE am.album_id = al.id AND am.user_id = ${userId}::uuid)))`;
}

/** Album `al` may be acted on by the user for this permission (see AlbumPermission). */
export function albumAllowedSql(userId: string, permission: AlbumPermission): Sql {
  const owner = Prisma.sql`al.owner_id = ${userId}::uuid`;
  if (permission === 'album.update') return owner;
  const role = permission === 'album.contribute' ? Prisma.sql`AND am.role = 'contributor'` : Prisma.empty;
  return Prisma.sql`(${owner} OR EXISTS (SELECT 1 FROM album_members am WHERE am.album_id = al.id AND am.user_id = ${userId}::uuid ${role}))`;
}

/** Asset `a`, an item of an album user may read, is shown to them in that album: any item not
 * in its owner's trash (what inAlbumOfSql lets every member read), and the user's own trashed
 * ones too (they can still read and restore those). Others' trashed items stay hidden. */
export function albumItemVisibleSql(userId: string): Sql {
  return Prisma.sql`(a.status <> 'trashed' OR a.owner_id = ${userId}::uuid)`;
}

/** Of `ids`, the albums the user may read, add to, or change. */
export async function selectAllowedAlbumIds(userId: string, permission: AlbumPermission, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT al.id::text AS id FROM albums al WHERE al.id = ANY(${ids}::uuid[]) AND ${albumAllowedSql(userId, permission)}`;
  return rows.map((r) => r.id);
}

/** Of `ids`, the album comments the user may delete: their own in an album they may still read
 * (owner or member), or any in an album they own. */
export async function selectDeletableAlbumCommentIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM album_activities c JOIN albums al ON al.id = c.album_id
    WHERE c.id = ANY(${ids}::uuid[]) AND c.kind = 'comment'
      AND (al.owner_id = ${userId}::uuid OR (c.user_id = ${userId}::uuid AND ${albumAllowedSql(userId, 'album.read')}))`;
  return rows.map((r) => r.id);
}

/** Of `ids`, the shared links this user made. */
export async function selectOwnedSharedLinkIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT l.id::text AS id FROM shared_links l WHERE l.id = ANY(${ids}::uuid[]) AND l.owner_id = ${userId}::uuid`;
  return rows.map((r) => r.id);
}

/** Assets the user may change for everyone (trash, restore, title, poster): their own. */
async function selectOwnAssetIds(userId: string, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a
    WHERE a.id = ANY(${ids}::uuid[]) AND a.owner_id = ${userId}::uuid`;
  return rows.map((r) => r.id);
}

export function selectAllowedAssetIds(userId: string, permission: AssetPermission, ids: string[]): Promise<string[]> {
  switch (permission) {
    case 'asset.read':
    case 'asset.download':
    case 'asset.state':
      return selectReadableAssetIds(userId, ids);
    case 'asset.update':
      return selectOwnAssetIds(userId, ids);
  }
}

/** Libraries the actor may read or change. Libraries are managed by admins (they add a folder
 * for a user), so an admin may act on every library; the owner on theirs; a member may only
 * read one shared with them. */
export async function selectAllowedLibraryIds(actor: Actor, permission: LibraryPermission, ids: string[]): Promise<string[]> {
  const member =
    permission === 'library.read'
      ? Prisma.sql`OR EXISTS (SELECT 1 FROM library_members m WHERE m.library_id = l.id AND m.user_id = ${actor.id}::uuid)`
      : Prisma.empty;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT l.id::text AS id FROM libraries l
    WHERE l.id = ANY(${ids}::uuid[]) AND (${actor.role === 'admin'} OR l.owner_id = ${actor.id}::uuid ${member})`;
  return rows.map((r) => r.id);
}

/** Rows that belong to one user through their user_id, by the kind of id: sessions (revoked or
 * not: ending an ended one changes nothing), API keys, markers, comments, chapters and saved searches. A
 * chapter imported from the file has no author (user_id NULL) and is never returned: nobody
 * removes it (the next ingest would bring it back). */
const OWN_ROWS = {
  session: Prisma.raw('sessions'),
  apiKey: Prisma.raw('api_keys'),
  marker: Prisma.raw('markers'),
  comment: Prisma.raw('comments'),
  chapter: Prisma.raw('chapters'),
  clip: Prisma.raw('video_clips'),
  savedSearch: Prisma.raw('saved_searches'),
} as const;
export type OwnRowKind = keyof typeof OWN_ROWS;

/** Of `ids`, those of the actor's own rows of this kind (a fixed table name per kind, never input). */
export async function selectOwnRowIds(kind: OwnRowKind, actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT t.id::text AS id FROM ${OWN_ROWS[kind]} t WHERE t.id = ANY(${ids}::uuid[]) AND t.user_id = ${actor.id}::uuid`;
  return rows.map((r) => r.id);
}

/** Of `ids`, the actor's own clips of videos they may still download (a member whose share
 * ended, or whose video went to the owner's trash, no longer reads the clip; they may delete it). */
export async function selectReadableClipIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM video_clips c JOIN assets a ON a.id = c.asset_id
    WHERE c.id = ANY(${ids}::uuid[]) AND c.user_id = ${actor.id}::uuid AND ${readableAssetSql(actor.id)}`;
  return rows.map((r) => r.id);
}

/** Of `ids`, the faces found in the actor's own photos (people from faces are the owner's alone). */
export async function selectOwnFaceIds(actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT f.id::text AS id FROM faces f JOIN assets a ON a.id = f.asset_id WHERE f.id = ANY(${ids}::uuid[]) AND a.owner_id = ${actor.id}::uuid`;
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

/** Videos `a` linked to the organise entity on alias `e`, per kind: a performer through
 * asset_people, a studio through assets.studio_id, a tag through asset_tags or a performer's
 * tags (what the video inherits). */
const LINKED_VIDEO = {
  person: Prisma.sql`EXISTS (SELECT 1 FROM asset_people ap JOIN assets a ON a.id = ap.asset_id WHERE ap.person_id = e.id AND`,
  studio: Prisma.sql`EXISTS (SELECT 1 FROM assets a WHERE a.studio_id = e.id AND`,
  tag: Prisma.sql`(EXISTS (SELECT 1 FROM asset_tags at JOIN assets a ON a.id = at.asset_id WHERE at.tag_id = e.id AND`,
} as const;
const ORGANISE_TABLES = { person: Prisma.raw('people'), studio: Prisma.raw('studios'), tag: Prisma.raw('tags') } as const;

/** Performers, studios or tags `e` the user may see: their own, or linked to a video they can read. */
export function readableOrganiseSql(kind: keyof typeof ORGANISE_TABLES, userId: string): Sql {
  const tail =
    kind === 'tag'
      ? Prisma.sql`${readableAssetSql(userId)}) OR EXISTS (SELECT 1 FROM person_tags pt JOIN asset_people ap ON ap.person_id = pt.person_id
          JOIN assets a ON a.id = ap.asset_id WHERE pt.tag_id = e.id AND ${readableAssetSql(userId)}))`
      : Prisma.sql`${readableAssetSql(userId)})`;
  return Prisma.sql`(e.owner_id = ${userId}::uuid OR ${LINKED_VIDEO[kind]} ${tail})`;
}

/** Of `ids`, the performers/studios/tags the user may read (see readableOrganiseSql) or change (their own). */
export async function selectAllowedOrganiseIds(userId: string, permission: OrganisePermission, ids: string[]): Promise<string[]> {
  const [kind, action] = permission.split('.') as [keyof typeof ORGANISE_TABLES, 'read' | 'update'];
  const rule = action === 'read' ? readableOrganiseSql(kind, userId) : Prisma.sql`e.owner_id = ${userId}::uuid`;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT e.id::text AS id FROM ${ORGANISE_TABLES[kind]} e WHERE e.id = ANY(${ids}::uuid[]) AND ${rule}`;
  return rows.map((r) => r.id);
}

/** A shared link that is live: not revoked, not past its expiry. What a link holder may do
 * depends on these fields alone (lib/access/link-access.ts). */
export interface LiveLinkRow {
  id: string;
  ownerId: string;
  albumId: string | null;
  passwordHash: string | null;
  allowDownload: boolean;
  showMetadata: boolean;
  expiresAt: Date | null;
}

/** The live link whose token hashes to `tokenHash`, or null (unknown, revoked and expired alike). */
export async function selectLiveLinkByTokenHash(tokenHash: Buffer): Promise<LiveLinkRow | null> {
  const rows = await prisma().$queryRaw<LiveLinkRow[]>`
    SELECT l.id::text AS id, l.owner_id::text AS "ownerId", l.album_id::text AS "albumId", l.password_hash AS "passwordHash",
           l.allow_download AS "allowDownload", l.show_metadata AS "showMetadata", l.expires_at AS "expiresAt"
    FROM shared_links l
    WHERE l.token_hash = ${tokenHash} AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > now())`;
  return rows[0] ?? null;
}

/** Asset `a` is granted by the link: an album link follows its album (items added later show,
 * removed ones stop), a selection link has its own rows; never an asset in its owner's trash. */
export function linkGrantsSql(link: { id: string; albumId: string | null }): Sql {
  const member = link.albumId
    ? Prisma.sql`EXISTS (SELECT 1 FROM album_assets aa WHERE aa.album_id = ${link.albumId}::uuid AND aa.asset_id = a.id)`
    : Prisma.sql`EXISTS (SELECT 1 FROM shared_link_assets sa WHERE sa.link_id = ${link.id}::uuid AND sa.asset_id = a.id)`;
  return Prisma.sql`(a.status <> 'trashed' AND ${member})`;
}

/** Of `ids`, the assets the link grants. */
export async function selectLinkAssetIds(link: { id: string; albumId: string | null }, ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a WHERE a.id = ANY(${ids}::uuid[]) AND ${linkGrantsSql(link)}`;
  return rows.map((r) => r.id);
}

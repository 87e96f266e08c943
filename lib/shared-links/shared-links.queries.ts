// The only SQL of shared links. The owner's reads and writes come after lib/access said the
// link is theirs; a link holder's reads after lib/access/link-access.ts found the live link.
import { linkGrantsSql } from '@/lib/access/access.queries';
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';

export interface LinkRow {
  id: string;
  albumId: string | null;
  albumTitle: string | null;
  title: string | null;
  description: string | null;
  hasPassword: boolean;
  expiresAt: Date | null;
  allowDownload: boolean;
  showMetadata: boolean;
  revokedAt: Date | null;
  createdAt: Date;
  lastViewedAt: Date | null;
  viewCount: number;
  itemCount: number;
}

const linkColumns = Prisma.sql`
  l.id::text AS id, l.album_id::text AS "albumId", al.title AS "albumTitle", l.title, l.description,
  l.password_hash IS NOT NULL AS "hasPassword", l.expires_at AS "expiresAt", l.allow_download AS "allowDownload",
  l.show_metadata AS "showMetadata", l.revoked_at AS "revokedAt", l.created_at AS "createdAt",
  l.last_viewed_at AS "lastViewedAt", l.view_count AS "viewCount",
  (SELECT count(*)::int FROM assets a WHERE a.status <> 'trashed' AND a.id IN (
     SELECT aa.asset_id FROM album_assets aa WHERE aa.album_id = l.album_id
     UNION ALL SELECT sa.asset_id FROM shared_link_assets sa WHERE sa.link_id = l.id)) AS "itemCount"`;

/** The user's links, newest first. */
export function selectOwnerLinks(ownerId: string): Promise<LinkRow[]> {
  return prisma().$queryRaw<LinkRow[]>`
    SELECT ${linkColumns} FROM shared_links l LEFT JOIN albums al ON al.id = l.album_id
    WHERE l.owner_id = ${ownerId}::uuid ORDER BY l.created_at DESC, l.id`;
}

export async function selectLink(id: string): Promise<LinkRow | null> {
  const rows = await prisma().$queryRaw<LinkRow[]>`
    SELECT ${linkColumns} FROM shared_links l LEFT JOIN albums al ON al.id = l.album_id WHERE l.id = ${id}::uuid`;
  return rows[0] ?? null;
}

export interface NewLink {
  ownerId: string;
  tokenHash: Buffer;
  albumId: string | null;
  assetIds: string[];
  title: string | null;
  description: string | null;
  passwordHash: string | null;
  expiresAt: Date | null;
  allowDownload: boolean;
  showMetadata: boolean;
}

/** The link and, for a selection, its items, in one transaction. */
export function insertLink(link: NewLink): Promise<string> {
  const { assetIds, tokenHash, ...data } = link;
  return prisma().$transaction(async (tx) => {
    const row = await tx.sharedLink.create({ data: { ...data, tokenHash: new Uint8Array(tokenHash) }, select: { id: true } });
    if (assetIds.length) await tx.sharedLinkAsset.createMany({ data: assetIds.map((assetId) => ({ linkId: row.id, assetId })), skipDuplicates: true });
    return row.id;
  });
}

export interface LinkChanges {
  title?: string | null;
  description?: string | null;
  passwordHash?: string | null;
  expiresAt?: Date | null;
  allowDownload?: boolean;
  showMetadata?: boolean;
}

export async function updateLink(id: string, changes: LinkChanges): Promise<void> {
  await prisma().sharedLink.update({ where: { id }, data: changes });
}

/** The link's current download/metadata options (to judge a partial change). */
export function selectLinkOptions(id: string) {
  return prisma().sharedLink.findUniqueOrThrow({ where: { id }, select: { allowDownload: true, showMetadata: true } });
}

/** Revoked once: a second revoke keeps the first time. */
export async function revokeLink(id: string): Promise<void> {
  await prisma().$executeRaw`UPDATE shared_links SET revoked_at = COALESCE(revoked_at, now()) WHERE id = ${id}::uuid`;
}

export async function deleteLink(id: string): Promise<void> {
  await prisma().sharedLink.deleteMany({ where: { id } });
}

/** One more view of the link's page. */
export async function countLinkView(id: string): Promise<void> {
  await prisma().$executeRaw`UPDATE shared_links SET view_count = view_count + 1, last_viewed_at = now() WHERE id = ${id}::uuid`;
}

export interface LinkTextRow {
  title: string | null;
  description: string | null;
  albumTitle: string | null;
  albumDescription: string | null;
}

export async function selectLinkTexts(id: string): Promise<LinkTextRow> {
  const rows = await prisma().$queryRaw<LinkTextRow[]>`
    SELECT l.title, l.description, al.title AS "albumTitle", al.description AS "albumDescription"
    FROM shared_links l LEFT JOIN albums al ON al.id = l.album_id WHERE l.id = ${id}::uuid`;
  return rows[0];
}

export interface LinkItemRow {
  id: string;
  type: 'photo' | 'video';
  width: number | null;
  height: number | null;
  durationMs: number | null;
  thumbhash: Uint8Array | null;
  takenAtLocal: Date | null;
  relPath: string;
  make: string | null;
  model: string | null;
  lens: string | null;
  latitude: number | null;
  longitude: number | null;
  city: string | null;
  region: string | null;
  country: string | null;
}

/** What the link grants, oldest first (an album in its own order when manual). Metadata
 * columns are read here and dropped by the caller when the link does not show them. */
export function selectLinkItems(link: { id: string; albumId: string | null }): Promise<LinkItemRow[]> {
  const position = link.albumId
    ? Prisma.sql`(SELECT CASE WHEN al.sort_order = 'manual' THEN aa.position END FROM album_assets aa JOIN albums al ON al.id = aa.album_id
        WHERE aa.album_id = ${link.albumId}::uuid AND aa.asset_id = a.id) NULLS LAST,`
    : Prisma.empty;
  return prisma().$queryRaw<LinkItemRow[]>`
    SELECT a.id::text AS id, a.type::text AS type, a.width, a.height, a.duration_ms AS "durationMs", a.thumbhash,
           a.taken_at_local AS "takenAtLocal", a.rel_path AS "relPath", e.make, e.model, e.lens,
           COALESCE(p.latitude, e.latitude) AS latitude, COALESCE(p.longitude, e.longitude) AS longitude,
           p.city, p.region, p.country
    FROM assets a LEFT JOIN exif e ON e.asset_id = a.id LEFT JOIN asset_places p ON p.asset_id = a.id
    WHERE ${linkGrantsSql(link)}
    ORDER BY ${position} COALESCE(a.taken_at_utc, a.taken_at_local) ASC, a.id
    LIMIT 20000`;
}

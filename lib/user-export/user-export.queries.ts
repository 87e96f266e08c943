// Reads and writes of one user's own metadata for export and import. Only rows the user owns
// (their states, markers, comments, finish points, tags, people, saved searches) are read,
// and assets are matched only among those the user can see (own or shared libraries).
import { prisma } from '@/lib/server/db';
import type { Prisma } from '@/lib/server/generated/prisma/client';

type Tx = Prisma.TransactionClient;

const assetIdentity = { select: { relPath: true, checksum: true, library: { select: { name: true } } } } as const;

export function findUserByIdOrEmail(ref: string) {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  return prisma().user.findFirst({
    where: isId ? { id: ref } : { email: { equals: ref, mode: 'insensitive' } },
    select: { id: true, email: true },
  });
}

/** Everything of the user's that an export carries, each with its asset's identity. */
export async function readUserMetadata(userId: string) {
  const db = prisma();
  const [states, markers, comments, finishPoints, assetTags, assetPeople, tags, people, savedSearches] = await Promise.all([
    db.assetUserState.findMany({ where: { userId }, include: { asset: assetIdentity } }),
    db.marker.findMany({ where: { userId }, include: { asset: assetIdentity }, orderBy: [{ seconds: 'asc' }, { createdAt: 'asc' }] }),
    db.comment.findMany({ where: { userId }, include: { asset: assetIdentity }, orderBy: { createdAt: 'asc' } }),
    db.finishPoint.findMany({ where: { userId }, include: { asset: assetIdentity }, orderBy: { createdAt: 'asc' } }),
    db.assetTag.findMany({ where: { tag: { ownerId: userId } }, include: { asset: assetIdentity, tag: { select: { name: true } } } }),
    db.assetPerson.findMany({ where: { person: { ownerId: userId, name: { not: '' } } }, include: { asset: assetIdentity, person: { select: { name: true } } } }),
    db.tag.findMany({ where: { ownerId: userId }, include: { parents: { include: { parent: { select: { name: true } } } } }, orderBy: { name: 'asc' } }),
    // Unnamed people are face clusters found by the analysis: rebuilt by it, not exported.
    db.person.findMany({ where: { ownerId: userId, name: { not: '' } }, orderBy: { name: 'asc' } }),
    db.savedSearch.findMany({ where: { userId }, orderBy: { name: 'asc' } }),
  ]);
  return { states, markers, comments, finishPoints, assetTags, assetPeople, tags, people, savedSearches };
}

/** Assets the user can see at these paths (several libraries may hold the same path). */
export function findVisibleAssetsByPath(userId: string, relPaths: string[]) {
  return prisma().asset.findMany({
    where: { relPath: { in: relPaths }, library: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } },
    select: { id: true, relPath: true, checksum: true, library: { select: { name: true } } },
  });
}

export async function findOrCreateTag(tx: Tx, ownerId: string, tag: { name: string; aliases: string[]; description: string | null }) {
  const existing = await tx.tag.findFirst({ where: { ownerId, name: { equals: tag.name, mode: 'insensitive' } }, select: { id: true } });
  return existing ?? tx.tag.create({ data: { ownerId, name: tag.name, aliases: tag.aliases, description: tag.description }, select: { id: true } });
}

export async function findOrCreatePerson(tx: Tx, ownerId: string, person: { name: string; aliases: string[]; description: string | null }) {
  const existing = await tx.person.findFirst({ where: { ownerId, name: { equals: person.name, mode: 'insensitive' } }, select: { id: true } });
  return existing ?? tx.person.create({ data: { ownerId, name: person.name, aliases: person.aliases, description: person.description }, select: { id: true } });
}

export function linkTagParents(tx: Tx, links: { tagId: string; parentId: string }[]) {
  return tx.tagParent.createMany({ data: links, skipDuplicates: true });
}

export function upsertSavedSearch(tx: Tx, userId: string, search: { name: string; query: string }) {
  return tx.savedSearch.upsert({ where: { userId_name: { userId, name: search.name } }, create: { userId, ...search }, update: { query: search.query } });
}

export type StateValues = Omit<Prisma.AssetUserStateUncheckedCreateInput, 'userId' | 'assetId' | 'updatedAt' | 'takenMonth'>;

export function upsertAssetState(tx: Tx, userId: string, assetId: string, values: StateValues) {
  return tx.assetUserState.upsert({ where: { userId_assetId: { userId, assetId } }, create: { userId, assetId, ...values }, update: values });
}

/** Adds what is not there yet; the same marker, comment or finish point twice is one. */
export async function addMissingMarker(tx: Tx, row: { assetId: string; userId: string; seconds: number; endSeconds: number | null; title: string | null; createdAt: Date }) {
  const same = await tx.marker.findFirst({ where: { assetId: row.assetId, userId: row.userId, seconds: row.seconds, endSeconds: row.endSeconds, title: row.title }, select: { id: true } });
  if (!same) await tx.marker.create({ data: row });
}

export async function addMissingComment(tx: Tx, row: { assetId: string; userId: string; body: string; createdAt: Date; editedAt: Date | null }) {
  const same = await tx.comment.findFirst({ where: { assetId: row.assetId, userId: row.userId, body: row.body, createdAt: row.createdAt }, select: { id: true } });
  if (!same) await tx.comment.create({ data: row });
}

export async function addMissingFinishPoint(tx: Tx, row: { assetId: string; userId: string; seconds: number; createdAt: Date }) {
  const same = await tx.finishPoint.findFirst({ where: { assetId: row.assetId, userId: row.userId, seconds: row.seconds, createdAt: row.createdAt }, select: { id: true } });
  if (!same) await tx.finishPoint.create({ data: row });
}

export function linkAssetTags(tx: Tx, rows: { assetId: string; tagId: string }[]) {
  return tx.assetTag.createMany({ data: rows, skipDuplicates: true });
}

export function linkAssetPeople(tx: Tx, rows: { assetId: string; personId: string; role: string | null }[]) {
  return tx.assetPerson.createMany({ data: rows, skipDuplicates: true });
}

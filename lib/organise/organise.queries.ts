// The SQL of performers (people), studios and tags themselves: rows, their own links (a
// studio's parent, a tag's parents, a performer's tags), images, and merging. lib/access has
// already said yes to every id given here (the owner, for anything that changes); these
// statements add no owner clause except where they look a name up in the owner's catalogue.
import { readableOrganiseSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { EntityKind, EntityRef } from './organise.schemas';

type Tx = PrismaTypes.TransactionClient;
type Sql = PrismaTypes.Sql;

/** A fixed table per kind (never input). */
export const TABLE: Record<EntityKind, Sql> = { person: Prisma.raw('people'), studio: Prisma.raw('studios'), tag: Prisma.raw('tags') };

export interface EntityRow {
  id: string;
  owner_id: string;
  name: string;
  aliases: string[];
  description: string | null;
  image_key: string | null;
  parent_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export async function findEntity(kind: EntityKind, id: string, tx: Tx = prisma()): Promise<EntityRow | null> {
  const parent = kind === 'studio' ? Prisma.sql`e.parent_id::text` : Prisma.sql`NULL::text`;
  const rows = await tx.$queryRaw<EntityRow[]>`
    SELECT e.id::text AS id, e.owner_id::text AS owner_id, e.name, COALESCE(e.aliases, '{}') AS aliases, e.description, e.image_key,
           ${parent} AS parent_id, e.created_at, e.updated_at
    FROM ${TABLE[kind]} e WHERE e.id = ${id}::uuid`;
  return rows[0] ?? null;
}

export async function findEntitiesByIds(kind: EntityKind, ids: string[], tx: Tx = prisma()): Promise<EntityRow[]> {
  const rows = await tx.$queryRaw<EntityRow[]>`
    SELECT e.id::text AS id, e.owner_id::text AS owner_id, e.name, COALESCE(e.aliases, '{}') AS aliases, e.description, e.image_key,
           NULL::text AS parent_id, e.created_at, e.updated_at
    FROM ${TABLE[kind]} e WHERE e.id = ANY(${ids}::uuid[]) ORDER BY e.created_at, e.id`;
  return rows;
}

/** The owner's entity of that name, whatever its case (the unique index's rule). */
export async function findEntityByName(kind: EntityKind, ownerId: string, name: string, tx: Tx = prisma()): Promise<EntityRef | null> {
  const rows = await tx.$queryRaw<EntityRef[]>`
    SELECT e.id::text AS id, e.name FROM ${TABLE[kind]} e WHERE e.owner_id = ${ownerId}::uuid AND lower(e.name) = lower(${name})`;
  return rows[0] ?? null;
}

/** The owner's entities named (or aliased) one of `names`, whatever the case: what the editor's "add by name" reuses. */
export async function findEntitiesByNameOrAlias(kind: EntityKind, ownerId: string, names: string[], tx: Tx): Promise<{ id: string; key: string }[]> {
  const keys = names.map((n) => n.toLowerCase());
  return tx.$queryRaw<{ id: string; key: string }[]>`
    SELECT DISTINCT ON (k.key) e.id::text AS id, k.key
    FROM unnest(${keys}::text[]) AS k(key)
    JOIN ${TABLE[kind]} e ON e.owner_id = ${ownerId}::uuid
      AND (lower(e.name) = k.key OR EXISTS (SELECT 1 FROM unnest(e.aliases) al WHERE lower(al) = k.key))
    ORDER BY k.key, (lower(e.name) = k.key) DESC, e.created_at`;
}

export async function insertEntity(
  tx: Tx,
  kind: EntityKind,
  ownerId: string,
  v: { name: string; aliases: string[]; description: string | null; parentId: string | null },
): Promise<string> {
  const rows =
    kind === 'studio'
      ? await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO studios (owner_id, name, aliases, description, parent_id)
          VALUES (${ownerId}::uuid, ${v.name}, ${v.aliases}::text[], ${v.description}, ${v.parentId}::uuid) RETURNING id::text AS id`
      : await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO ${TABLE[kind]} (owner_id, name, aliases, description)
          VALUES (${ownerId}::uuid, ${v.name}, ${v.aliases}::text[], ${v.description}) RETURNING id::text AS id`;
  return rows[0].id;
}

/** Creates the owner's entity unless one of that name exists (a parallel insert included); returns the id either way. */
export async function insertEntityIfMissing(tx: Tx, kind: EntityKind, ownerId: string, name: string): Promise<string> {
  await tx.$executeRaw`INSERT INTO ${TABLE[kind]} (owner_id, name) VALUES (${ownerId}::uuid, ${name}) ON CONFLICT (owner_id, lower(name)) WHERE name <> '' DO NOTHING`;
  const found = await findEntityByName(kind, ownerId, name, tx);
  return found!.id;
}

export async function updateEntityFields(
  tx: Tx,
  kind: EntityKind,
  id: string,
  v: { name?: string; aliases?: string[]; description?: string | null; parentId?: string | null },
): Promise<void> {
  const sets: Sql[] = [Prisma.sql`updated_at = now()`];
  if (v.name !== undefined) sets.push(Prisma.sql`name = ${v.name}`);
  if (v.aliases !== undefined) sets.push(Prisma.sql`aliases = ${v.aliases}::text[]`);
  if (v.description !== undefined) sets.push(Prisma.sql`description = ${v.description}`);
  if (kind === 'studio' && v.parentId !== undefined) sets.push(Prisma.sql`parent_id = ${v.parentId}::uuid`);
  await tx.$executeRaw`UPDATE ${TABLE[kind]} SET ${Prisma.join(sets, ', ')} WHERE id = ${id}::uuid`;
}

export async function replacePersonTags(tx: Tx, personId: string, tagIds: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM person_tags WHERE person_id = ${personId}::uuid AND NOT (tag_id = ANY(${tagIds}::uuid[]))`;
  await tx.$executeRaw`INSERT INTO person_tags (person_id, tag_id) SELECT ${personId}::uuid, t FROM unnest(${tagIds}::uuid[]) t ON CONFLICT DO NOTHING`;
}

export async function replaceTagParents(tx: Tx, tagId: string, parentIds: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM tag_parents WHERE tag_id = ${tagId}::uuid AND NOT (parent_id = ANY(${parentIds}::uuid[]))`;
  await tx.$executeRaw`INSERT INTO tag_parents (tag_id, parent_id) SELECT ${tagId}::uuid, p FROM unnest(${parentIds}::uuid[]) p ON CONFLICT DO NOTHING`;
}

/** Of `candidates`, those that are `id` itself or lie below it (its descendants): making one of them a parent of `id` would close a loop. */
export async function selectSelfOrDescendants(tx: Tx, kind: 'studio' | 'tag', id: string, candidates: string[]): Promise<string[]> {
  const down =
    kind === 'tag'
      ? Prisma.sql`SELECT tp.tag_id FROM below b JOIN tag_parents tp ON tp.parent_id = b.id`
      : Prisma.sql`SELECT s.id FROM below b JOIN studios s ON s.parent_id = b.id`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE below(id) AS (SELECT ${id}::uuid UNION ${down})
    SELECT b.id::text AS id FROM below b WHERE b.id = ANY(${candidates}::uuid[])`;
  return rows.map((r) => r.id);
}

export async function deleteEntities(tx: Tx, kind: EntityKind, ids: string[]): Promise<void> {
  // Links cascade; a studio's videos and child studios keep going without it (ON DELETE SET NULL).
  await tx.$executeRaw`DELETE FROM ${TABLE[kind]} WHERE id = ANY(${ids}::uuid[])`;
}

/** Parents (tag: parents; studio: its parent) and children, by name. */
export async function selectHierarchy(kind: EntityKind, id: string): Promise<{ parents: EntityRef[]; children: EntityRef[] }> {
  if (kind === 'person') return { parents: [], children: [] };
  const [parents, children] =
    kind === 'tag'
      ? await Promise.all([
          prisma().$queryRaw<EntityRef[]>`SELECT t.id::text AS id, t.name FROM tag_parents tp JOIN tags t ON t.id = tp.parent_id WHERE tp.tag_id = ${id}::uuid ORDER BY lower(t.name), t.id`,
          prisma().$queryRaw<EntityRef[]>`SELECT t.id::text AS id, t.name FROM tag_parents tp JOIN tags t ON t.id = tp.tag_id WHERE tp.parent_id = ${id}::uuid ORDER BY lower(t.name), t.id`,
        ])
      : await Promise.all([
          prisma().$queryRaw<EntityRef[]>`SELECT p.id::text AS id, p.name FROM studios s JOIN studios p ON p.id = s.parent_id WHERE s.id = ${id}::uuid`,
          prisma().$queryRaw<EntityRef[]>`SELECT s.id::text AS id, s.name FROM studios s WHERE s.parent_id = ${id}::uuid ORDER BY lower(s.name), s.id`,
        ]);
  return { parents, children };
}

export function selectPersonTags(personId: string): Promise<EntityRef[]> {
  return prisma().$queryRaw<EntityRef[]>`
    SELECT t.id::text AS id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ${personId}::uuid ORDER BY lower(t.name), t.id`;
}

/** Sets the image's storage key; returns the one it replaces (to remove after). */
export async function swapImageKey(kind: EntityKind, id: string, key: string | null): Promise<string | null> {
  const rows = await prisma().$queryRaw<{ old: string | null }[]>`
    UPDATE ${TABLE[kind]} e SET image_key = ${key}, updated_at = now()
    FROM (SELECT image_key AS old FROM ${TABLE[kind]} WHERE id = ${id}::uuid FOR UPDATE) o
    WHERE e.id = ${id}::uuid RETURNING o.old`;
  return rows[0]?.old ?? null;
}

// ── Merge: every link of the sources moves to the survivor, in the caller's transaction ──

export async function moveLinksToSurvivor(tx: Tx, kind: EntityKind, survivor: string, sources: string[]): Promise<void> {
  const s = Prisma.sql`${survivor}::uuid`;
  const x = Prisma.sql`${sources}::uuid[]`;
  if (kind === 'person') {
    await tx.$executeRaw`INSERT INTO asset_people (asset_id, person_id, role, source, created_at)
      SELECT DISTINCT ON (asset_id) asset_id, ${s}, role, source, created_at FROM asset_people WHERE person_id = ANY(${x})
      ORDER BY asset_id, created_at ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`INSERT INTO person_tags (person_id, tag_id) SELECT DISTINCT ${s}, tag_id FROM person_tags WHERE person_id = ANY(${x}) ON CONFLICT DO NOTHING`;
    // Their faces (lib/faces) too, with the "not this person" marks, which now hold for the survivor.
    await tx.$executeRaw`UPDATE faces SET person_id = ${s} WHERE person_id = ANY(${x})`;
    await tx.$executeRaw`INSERT INTO face_rejections (face_id, person_id) SELECT DISTINCT face_id, ${s} FROM face_rejections WHERE person_id = ANY(${x}) ON CONFLICT DO NOTHING`;
  } else if (kind === 'tag') {
    await tx.$executeRaw`INSERT INTO asset_tags (asset_id, tag_id, source, created_at)
      SELECT DISTINCT ON (asset_id) asset_id, ${s}, source, created_at FROM asset_tags WHERE tag_id = ANY(${x})
      ORDER BY asset_id, created_at ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`INSERT INTO person_tags (person_id, tag_id) SELECT DISTINCT person_id, ${s} FROM person_tags WHERE tag_id = ANY(${x}) ON CONFLICT DO NOTHING`;
  } else {
    await tx.$executeRaw`UPDATE assets SET studio_id = ${s} WHERE studio_id = ANY(${x})`;
  }
}

/** The hierarchy links of the sources that are not among the merged ones: tags' parents and
 * children, a studio's children (and its parent, for a survivor without one). Read before the
 * sources go; re-made on the survivor one by one, skipping any that would close a loop. */
export async function selectSourceHierarchy(tx: Tx, kind: 'studio' | 'tag', merged: string[], sources: string[]): Promise<{ parents: string[]; children: string[] }> {
  if (kind === 'tag') {
    const parents = await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT parent_id::text AS id FROM tag_parents WHERE tag_id = ANY(${sources}::uuid[]) AND NOT (parent_id = ANY(${merged}::uuid[]))`;
    const children = await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT tag_id::text AS id FROM tag_parents WHERE parent_id = ANY(${sources}::uuid[]) AND NOT (tag_id = ANY(${merged}::uuid[]))`;
    return { parents: parents.map((r) => r.id), children: children.map((r) => r.id) };
  }
  const parents = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT parent_id::text AS id FROM studios WHERE id = ANY(${sources}::uuid[]) AND parent_id IS NOT NULL AND NOT (parent_id = ANY(${merged}::uuid[]))`;
  const children = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM studios WHERE parent_id = ANY(${sources}::uuid[]) AND NOT (id = ANY(${merged}::uuid[]))`;
  return { parents: parents.map((r) => r.id), children: children.map((r) => r.id) };
}

export async function linkParent(tx: Tx, kind: 'studio' | 'tag', childId: string, parentId: string): Promise<void> {
  if (kind === 'tag') await tx.$executeRaw`INSERT INTO tag_parents (tag_id, parent_id) VALUES (${childId}::uuid, ${parentId}::uuid) ON CONFLICT DO NOTHING`;
  else await tx.$executeRaw`UPDATE studios SET parent_id = ${parentId}::uuid WHERE id = ${childId}::uuid`;
}

/** Whether the studio has a parent now (a survivor keeps its own parent rather than a source's). */
export async function studioHasParent(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ p: string | null }[]>`SELECT parent_id::text AS p FROM studios WHERE id = ${id}::uuid`;
  return rows[0]?.p != null;
}

/** Serialises merges and edits of one owner's hierarchy of this kind (two merges must not each pass the loop check and close one together). */
export async function lockOwnerHierarchy(tx: Tx, kind: EntityKind, ownerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shoebox:organise:${kind}:${ownerId}`}::text, 0))`;
}

/** The names of those of `ids` (any kind) the user may read: for a search's filter chips. */
export async function selectReadableEntityNames(userId: string, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await Promise.all(
    (['person', 'studio', 'tag'] as const).map(
      (kind) => prisma().$queryRaw<{ id: string; name: string }[]>`
        SELECT e.id::text AS id, e.name FROM ${TABLE[kind]} e WHERE e.id = ANY(${ids}::uuid[]) AND ${readableOrganiseSql(kind, userId)}`,
    ),
  );
  return rows.flat();
}

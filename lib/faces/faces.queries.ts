// SQL of the faces room: an asset's faces (written by the faces analysis part), what
// faces:cluster reads and writes per owner, and the /people pages' reads and changes.
import { readableAssetSql } from '@/lib/access/access.queries';
import { type Prisma, prisma } from '@/lib/server/db';
import { Prisma as P } from '@/lib/server/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export interface StoredFace {
  id: string;
  boxX: number;
  boxY: number;
  boxW: number;
  boxH: number;
  personId: string | null;
  assignedBy: string;
}

export function selectStoredFaces(assetId: string): Promise<StoredFace[]> {
  return prisma().face.findMany({
    where: { assetId },
    select: { id: true, boxX: true, boxY: true, boxW: true, boxH: true, personId: true, assignedBy: true },
    orderBy: { createdAt: 'asc' },
  });
}

export interface NewFace {
  boxX: number;
  boxY: number;
  boxW: number;
  boxH: number;
  score: number;
  landmarks: { x: number; y: number }[];
  descriptor: Uint8Array<ArrayBuffer>;
  clusterable: boolean;
}

/**
 * Replaces an asset's faces in one transaction: `kept` faces are updated in place (their id,
 * rejections and cover use survive, and their person unless `keepPerson` is false), the others
 * deleted, `added` inserted; and the analysis row records the model.
 */
export async function writeAssetFaces(assetId: string, kept: { id: string; face: NewFace; keepPerson: boolean }[], added: NewFace[], model: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await tx.face.deleteMany({ where: { assetId, id: { notIn: kept.map((k) => k.id) } } });
    for (const { id, face, keepPerson } of kept) {
      await tx.face.update({
        where: { id },
        data: { ...face, ...(keepPerson ? {} : { personId: null, assignedBy: 'auto', clusteredAt: null }), ...(face.clusterable ? {} : { clusteredAt: null }) },
      });
    }
    if (added.length > 0) await tx.face.createMany({ data: added.map((face) => ({ assetId, ...face })) });
    await tx.analysis.upsert({ where: { assetId }, create: { assetId, facesModel: model }, update: { facesModel: model } });
  });
}

// ---- faces:cluster ----

/** Owners with faces clustering has not looked at yet. */
export async function selectOwnersToCluster(): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ owner_id: string }[]>`
    SELECT DISTINCT a.owner_id::text AS owner_id FROM faces f JOIN assets a ON a.id = f.asset_id
    WHERE f.clustered_at IS NULL AND f.clusterable`;
  return rows.map((r) => r.owner_id);
}

export interface FaceForClustering {
  id: string;
  person_id: string | null;
  descriptor: Uint8Array;
  rejected: string[];
  clustered: boolean;
}

/** Every clusterable face of the owner's photos that are not in the trash, with the people each was rejected from. */
export function selectFacesForClustering(ownerId: string): Promise<FaceForClustering[]> {
  return prisma().$queryRaw<FaceForClustering[]>`
    SELECT f.id::text AS id, f.person_id::text AS person_id, f.descriptor, f.clustered_at IS NOT NULL AS clustered,
           COALESCE((SELECT array_agg(r.person_id::text) FROM face_rejections r WHERE r.face_id = f.id), '{}') AS rejected
    FROM faces f JOIN assets a ON a.id = f.asset_id
    WHERE a.owner_id = ${ownerId}::uuid AND a.status <> 'trashed' AND f.clusterable
    ORDER BY f.created_at, f.id`;
}

/**
 * Writes a clustering plan: new unnamed people, faces joined to people (only faces still
 * unassigned: a user's change made meanwhile wins), and every face looked at marked.
 */
export async function applyClustering(ownerId: string, joins: Map<string, string>, newPeople: string[][], lookedAt: string[]): Promise<number> {
  return prisma().$transaction(async (tx) => {
    const assign = new Map(joins);
    for (const faces of newPeople) {
      const [{ id }] = await tx.$queryRaw<{ id: string }[]>`INSERT INTO people (owner_id, name) VALUES (${ownerId}::uuid, '') RETURNING id::text AS id`;
      for (const face of faces) assign.set(face, id);
    }
    const faceIds = [...assign.keys()];
    const personIds = faceIds.map((f) => assign.get(f)!);
    const moved = await tx.$executeRaw`
      UPDATE faces f SET person_id = x.p, assigned_by = 'auto', clustered_at = now()
      FROM unnest(${faceIds}::uuid[], ${personIds}::uuid[]) AS x(f, p)
      WHERE f.id = x.f AND f.person_id IS NULL`;
    await tx.$executeRaw`UPDATE faces SET clustered_at = now() WHERE id = ANY(${lookedAt}::uuid[]) AND clustered_at IS NULL`;
    return moved;
  });
}

/** Unnamed people left with no face and no video (their faces were re-detected away or rejected). */
export async function deleteEmptyUnnamedPeople(ownerId: string, tx: Tx | ReturnType<typeof prisma> = prisma()): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM people p WHERE p.owner_id = ${ownerId}::uuid AND p.name = ''
      AND NOT EXISTS (SELECT 1 FROM faces f WHERE f.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM asset_people ap WHERE ap.person_id = p.id)`;
}

// ---- /people ----

export interface PersonRow {
  id: string;
  name: string;
  hidden: boolean;
  face_count: number;
  /** The chosen cover face, else the person's best face (largest, most certain). */
  cover_face_id: string | null;
}

const COVER = P.sql`COALESCE(p.cover_face_id, (SELECT f.id FROM faces f WHERE f.person_id = p.id ORDER BY f.clusterable DESC, f.score * f.box_w DESC, f.id LIMIT 1))::text`;

/** The owner's people who have faces (performers known only from videos are the catalogue's). */
export function selectPeople(ownerId: string, hidden: boolean): Promise<PersonRow[]> {
  return prisma().$queryRaw<PersonRow[]>`
    SELECT p.id::text AS id, p.name, p.hidden, c.n AS face_count, ${COVER} AS cover_face_id
    FROM people p
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM faces f WHERE f.person_id = p.id) c
    WHERE p.owner_id = ${ownerId}::uuid AND p.hidden = ${hidden} AND c.n > 0
    ORDER BY p.name = '', lower(p.name), c.n DESC, p.id`;
}

export async function selectPerson(personId: string): Promise<PersonRow | null> {
  const rows = await prisma().$queryRaw<PersonRow[]>`
    SELECT p.id::text AS id, p.name, p.hidden, (SELECT count(*)::int FROM faces f WHERE f.person_id = p.id) AS face_count, ${COVER} AS cover_face_id
    FROM people p WHERE p.id = ${personId}::uuid`;
  return rows[0] ?? null;
}

export interface PersonAssetRow {
  id: string;
  type: 'photo' | 'video';
  width: number | null;
  height: number | null;
  thumbhash: string | null;
  file_name: string;
  duration_ms: number | null;
}

/** The photos (and videos) a person's faces are in that the reader can see, newest first. */
export function selectPersonAssets(personId: string, readerId: string, limit: number): Promise<PersonAssetRow[]> {
  return prisma().$queryRaw<PersonAssetRow[]>`
    SELECT a.id::text AS id, a.type::text AS type, a.width, a.height, translate(encode(a.thumbhash, 'base64'), E'\n', '') AS thumbhash,
           split_part(a.rel_path, '/', -1) AS file_name, a.duration_ms
    FROM assets a
    WHERE EXISTS (SELECT 1 FROM faces f WHERE f.asset_id = a.id AND f.person_id = ${personId}::uuid)
      AND a.status = 'online' AND ${readableAssetSql(readerId)}
    ORDER BY COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local) DESC, a.id DESC
    LIMIT ${limit}`;
}

export interface PersonFaceRow {
  id: string;
  asset_id: string;
  score: number;
  clusterable: boolean;
}

export function selectPersonFaces(personId: string, readerId: string, limit: number): Promise<PersonFaceRow[]> {
  return prisma().$queryRaw<PersonFaceRow[]>`
    SELECT f.id::text AS id, f.asset_id::text AS asset_id, f.score, f.clusterable
    FROM faces f JOIN assets a ON a.id = f.asset_id
    WHERE f.person_id = ${personId}::uuid AND a.status = 'online' AND ${readableAssetSql(readerId)}
    ORDER BY f.created_at, f.id LIMIT ${limit}`;
}

/** "Not this person": the face leaves its person for good (face_rejections) and is not clustered again by this. */
export async function rejectFace(faceId: string): Promise<string | null> {
  return prisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ person_id: string | null }[]>`SELECT person_id::text AS person_id FROM faces WHERE id = ${faceId}::uuid FOR UPDATE`;
    const personId = rows[0]?.person_id ?? null;
    if (!personId) return null;
    await tx.$executeRaw`INSERT INTO face_rejections (face_id, person_id) VALUES (${faceId}::uuid, ${personId}::uuid) ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`UPDATE faces SET person_id = NULL, assigned_by = 'user', clustered_at = now() WHERE id = ${faceId}::uuid`;
    await tx.$executeRaw`UPDATE people SET cover_face_id = NULL WHERE cover_face_id = ${faceId}::uuid`;
    return personId;
  });
}

/** Sets the person's cover face; false when the face is not one of theirs. */
export async function setCoverFace(personId: string, faceId: string): Promise<boolean> {
  const n = await prisma().$executeRaw`
    UPDATE people p SET cover_face_id = ${faceId}::uuid, updated_at = now()
    WHERE p.id = ${personId}::uuid AND EXISTS (SELECT 1 FROM faces f WHERE f.id = ${faceId}::uuid AND f.person_id = p.id)`;
  return n > 0;
}

export async function setPersonHidden(personId: string, hidden: boolean): Promise<void> {
  await prisma().$executeRaw`UPDATE people SET hidden = ${hidden}, updated_at = now() WHERE id = ${personId}::uuid`;
}

export interface FaceThumbSource {
  box_x: number;
  box_y: number;
  box_w: number;
  box_h: number;
  storage_key: string | null;
}

/** A face's box and the key of the preview it was found on. */
export async function selectFaceThumbSource(faceId: string): Promise<FaceThumbSource | null> {
  const rows = await prisma().$queryRaw<FaceThumbSource[]>`
    SELECT f.box_x, f.box_y, f.box_w, f.box_h, d.storage_key
    FROM faces f LEFT JOIN derived d ON d.asset_id = f.asset_id AND d.kind = 'preview'
    WHERE f.id = ${faceId}::uuid`;
  return rows[0] ?? null;
}

export interface AssetFaceRow {
  id: string;
  box_x: number;
  box_y: number;
  box_w: number;
  box_h: number;
  score: number;
  person_id: string | null;
  person_name: string | null;
}

/** An asset's faces with their people (the photo owner's people: a reader who is not the owner gets boxes only). */
export function selectAssetFaces(assetId: string, readerId: string): Promise<AssetFaceRow[]> {
  return prisma().$queryRaw<AssetFaceRow[]>`
    SELECT f.id::text AS id, f.box_x, f.box_y, f.box_w, f.box_h, f.score,
           CASE WHEN p.owner_id = ${readerId}::uuid AND NOT p.hidden THEN p.id::text END AS person_id,
           CASE WHEN p.owner_id = ${readerId}::uuid AND NOT p.hidden THEN p.name END AS person_name
    FROM faces f LEFT JOIN people p ON p.id = f.person_id
    WHERE f.asset_id = ${assetId}::uuid
    ORDER BY f.box_x, f.id`;
}

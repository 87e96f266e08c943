// The SQL of a video's links to performers, studio and tags, its release date and organised
// flag, for one video (the editor) or many (bulk). lib/access has already checked the video
// ids (asset.read to look, asset.update to change) and the entity ids (the owner's own).
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';

type Tx = PrismaTypes.TransactionClient;

export interface VideoLinkRows {
  video: { release_date: Date | null; organised: boolean; owner_id: string; type: string } | null;
  performers: { id: string; name: string; role: string | null; source: string; image_key: string | null; updated_at: Date }[];
  studio: { id: string; name: string; parent_id: string | null; parent_name: string | null } | null;
  tags: { id: string; name: string; source: string }[];
  inherited: { id: string; name: string; from: string[] }[];
}

export async function selectVideoLinks(assetId: string): Promise<VideoLinkRows> {
  const db = prisma();
  const [video, performers, studio, tags, inherited] = await Promise.all([
    db.$queryRaw<NonNullable<VideoLinkRows['video']>[]>`
      SELECT release_date, organised, owner_id::text AS owner_id, type::text AS type FROM assets WHERE id = ${assetId}::uuid`,
    db.$queryRaw<VideoLinkRows['performers']>`
      SELECT p.id::text AS id, p.name, ap.role, ap.source, p.image_key, p.updated_at
      FROM asset_people ap JOIN people p ON p.id = ap.person_id WHERE ap.asset_id = ${assetId}::uuid ORDER BY ap.created_at, lower(p.name), p.id`,
    db.$queryRaw<NonNullable<VideoLinkRows['studio']>[]>`
      SELECT s.id::text AS id, s.name, p.id::text AS parent_id, p.name AS parent_name
      FROM assets a JOIN studios s ON s.id = a.studio_id LEFT JOIN studios p ON p.id = s.parent_id WHERE a.id = ${assetId}::uuid`,
    db.$queryRaw<VideoLinkRows['tags']>`
      SELECT t.id::text AS id, t.name, at.source FROM asset_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.asset_id = ${assetId}::uuid ORDER BY lower(t.name), t.id`,
    // Derived, never stored: the performers' tags the video does not have itself.
    db.$queryRaw<VideoLinkRows['inherited']>`
      SELECT t.id::text AS id, t.name, array_agg(p.name ORDER BY lower(p.name)) AS "from"
      FROM asset_people ap JOIN people p ON p.id = ap.person_id JOIN person_tags pt ON pt.person_id = ap.person_id JOIN tags t ON t.id = pt.tag_id
      WHERE ap.asset_id = ${assetId}::uuid AND NOT EXISTS (SELECT 1 FROM asset_tags own WHERE own.asset_id = ap.asset_id AND own.tag_id = t.id)
      GROUP BY t.id, t.name ORDER BY lower(t.name), t.id`,
  ]);
  return { video: video[0] ?? null, performers, studio: studio[0] ?? null, tags, inherited };
}

/** Of `ids`, the videos (not photos). */
export async function selectVideoIds(ids: string[]): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM assets WHERE id = ANY(${ids}::uuid[]) AND type = 'video'`;
  return rows.map((r) => r.id);
}

export interface LinkChanges {
  addPerformerIds: string[];
  removePerformerIds: string[];
  addTagIds: string[];
  removeTagIds: string[];
  /** undefined: leave; null: clear. */
  studioId?: string | null;
  releaseDate?: string | null;
  organised?: boolean;
}

/** Applies the same changes to every video in `assetIds` (removals first, so an id in both lists ends linked). */
export async function applyLinkChanges(tx: Tx, assetIds: string[], c: LinkChanges): Promise<void> {
  const ids = assetIds;
  if (c.removePerformerIds.length > 0) {
    await tx.$executeRaw`DELETE FROM asset_people WHERE asset_id = ANY(${ids}::uuid[]) AND person_id = ANY(${c.removePerformerIds}::uuid[])`;
  }
  if (c.addPerformerIds.length > 0) {
    await tx.$executeRaw`INSERT INTO asset_people (asset_id, person_id, source)
      SELECT a, p, 'user' FROM unnest(${ids}::uuid[]) a CROSS JOIN unnest(${c.addPerformerIds}::uuid[]) p ON CONFLICT DO NOTHING`;
  }
  if (c.removeTagIds.length > 0) {
    await tx.$executeRaw`DELETE FROM asset_tags WHERE asset_id = ANY(${ids}::uuid[]) AND tag_id = ANY(${c.removeTagIds}::uuid[])`;
  }
  if (c.addTagIds.length > 0) {
    await tx.$executeRaw`INSERT INTO asset_tags (asset_id, tag_id, source)
      SELECT a, t, 'user' FROM unnest(${ids}::uuid[]) a CROSS JOIN unnest(${c.addTagIds}::uuid[]) t ON CONFLICT DO NOTHING`;
  }
  if (c.studioId !== undefined) await tx.$executeRaw`UPDATE assets SET studio_id = ${c.studioId}::uuid WHERE id = ANY(${ids}::uuid[])`;
  if (c.releaseDate !== undefined) await tx.$executeRaw`UPDATE assets SET release_date = ${c.releaseDate}::date WHERE id = ANY(${ids}::uuid[])`;
  if (c.organised !== undefined) await tx.$executeRaw`UPDATE assets SET organised = ${c.organised} WHERE id = ANY(${ids}::uuid[])`;
}

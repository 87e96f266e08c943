// Shared by the importers' tests: a user's catalogue and a video's links as a person sees them.
import { prisma } from '@/lib/server/db';

export async function linksOf(assetId: string) {
  const people = await prisma().$queryRaw<{ name: string; role: string | null; source: string }[]>`
    SELECT p.name, ap.role, ap.source FROM asset_people ap JOIN people p ON p.id = ap.person_id WHERE ap.asset_id = ${assetId}::uuid ORDER BY p.name`;
  const tags = await prisma().$queryRaw<{ name: string; source: string }[]>`
    SELECT t.name, at.source FROM asset_tags at JOIN tags t ON t.id = at.tag_id WHERE at.asset_id = ${assetId}::uuid ORDER BY t.name`;
  const [asset] = await prisma().$queryRaw<{ title: string | null; description: string | null; release_date: string | null; studio: string | null }[]>`
    SELECT a.title, a.description, a.release_date::text, s.name AS studio FROM assets a LEFT JOIN studios s ON s.id = a.studio_id WHERE a.id = ${assetId}::uuid`;
  return { ...asset, people, tags };
}

export async function namesOwnedBy(ownerId: string) {
  const rows = await prisma().$queryRaw<{ kind: string; name: string }[]>`
    SELECT 'performer' AS kind, name FROM people WHERE owner_id = ${ownerId}::uuid
    UNION ALL SELECT 'studio', name FROM studios WHERE owner_id = ${ownerId}::uuid
    UNION ALL SELECT 'tag', name FROM tags WHERE owner_id = ${ownerId}::uuid ORDER BY 1, 2`;
  return rows.map((r) => `${r.kind}:${r.name}`);
}

// The filter controls' values, read from what this user's search can find (searchableSql):
// people with a face or a performer link on such an asset (not hidden), cameras, dominant
// colours and passed questions seen on them, and the libraries the user reads. Unnamed people
// (faces:cluster's new ones) are left out: a chip needs a name.
import { prisma, type Prisma } from '@/lib/server/db';
import { CAMERA_LABEL } from './asset-search.queries';

const LIMIT = 200;

export function selectSearchPeople(where: Prisma.Sql) {
  return prisma().$queryRaw<{ id: string; name: string }[]>`
    SELECT pe.id::text AS id, pe.name FROM people pe
    WHERE NOT pe.hidden AND pe.name <> '' AND (  -- unnamed face clusters have no chip to show
      EXISTS (SELECT 1 FROM faces f JOIN assets a ON a.id = f.asset_id WHERE f.person_id = pe.id AND ${where})
      OR EXISTS (SELECT 1 FROM asset_people ap JOIN assets a ON a.id = ap.asset_id WHERE ap.person_id = pe.id AND ${where}))
    ORDER BY lower(pe.name), pe.id LIMIT ${LIMIT}`;
}

export async function selectSearchCameras(where: Prisma.Sql): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ camera: string }[]>`
    SELECT DISTINCT ${CAMERA_LABEL} AS camera FROM exif x JOIN assets a ON a.id = x.asset_id
    WHERE (x.make IS NOT NULL OR x.model IS NOT NULL) AND ${where} ORDER BY 1 LIMIT ${LIMIT}`;
  return rows.map((r) => r.camera);
}

export async function selectSearchColours(where: Prisma.Sql): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ colour: string }[]>`
    SELECT DISTINCT n.color_name AS colour FROM analyses n JOIN assets a ON a.id = n.asset_id
    WHERE n.color_name IS NOT NULL AND ${where} ORDER BY 1 LIMIT ${LIMIT}`;
  return rows.map((r) => r.colour);
}

export async function selectSearchQuestions(where: Prisma.Sql): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ label: string }[]>`
    SELECT DISTINCT l AS label FROM analyses n JOIN assets a ON a.id = n.asset_id, unnest(n.labels) l
    WHERE ${where} ORDER BY 1 LIMIT ${LIMIT}`;
  return rows.map((r) => r.label);
}

export function selectSearchLibraries(userId: string) {
  return prisma().$queryRaw<{ id: string; name: string }[]>`
    SELECT l.id::text AS id, l.name FROM libraries l
    WHERE l.owner_id = ${userId}::uuid OR EXISTS (SELECT 1 FROM library_members m WHERE m.library_id = l.id AND m.user_id = ${userId}::uuid)
    ORDER BY lower(l.name), l.id`;
}

// What the database knows of a library's files, for library:scan to compare with the disk
// folder by folder as the walk goes. A rescan reads every row, so PostgreSQL packs them itself
// while the walk runs: a line of text per file (known-folder.ts reads them), each folder's
// lines after a line that names it ('/' and its path), the folders in 16 large texts (their
// size unbounded by the library's: a string of V8's holds 2^29 characters). A large string
// is never copied by the young generation's collections, and this process spends ~15 ms on
// 100,000 files, where rows through Prisma took ~300 ms of it. Ids stay out of the lines (a
// third of their bytes): the few files a scan writes to are looked up by path afterwards.
import { prisma, selectTextRows } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { MotionFile } from './pair-live-photos';
import { type PackedFolder, unescapeText } from './known-folder';

const escaped = (text: Prisma.Sql) => Prisma.sql`replace(replace(${text}, chr(92), chr(92) || chr(92)), chr(10), chr(92) || 'n')`;
// The folder is the path up to its last '/' ('' at the root), as the walk names it. The mtime
// is read as float seconds, exact to the millisecond for any file date and far cheaper to
// print than numeric.
const nameOf = Prisma.sql`split_part(rel_path, '/', -1)`;
const msOf = (column: Prisma.Sql) => Prisma.sql`round(date_part('epoch', ${column}) * 1000)::bigint`;

/** The library's known files by folder. */
export async function loadKnownFolders(libraryId: string): Promise<Map<string, PackedFolder>> {
  const rows = await selectTextRows(Prisma.sql`
    WITH folders AS (
      SELECT left(rel_path, -length(${nameOf})) AS folder,
             string_agg(${escaped(nameOf)} || '/' || concat_ws(' ', size, ${msOf(Prisma.sql`mtime`)}, CASE WHEN status = 'online' THEN '' ELSE status::text END), chr(10)) AS lines,
             json_agg(json_build_array(${nameOf}, motion_rel_path, motion_size, ${msOf(Prisma.sql`motion_mtime`)})) FILTER (WHERE motion_rel_path IS NOT NULL) AS motions
      FROM assets WHERE library_id = ${libraryId}::uuid
      GROUP BY 1)
    SELECT string_agg('/' || ${escaped(Prisma.sql`folder`)} || chr(10) || lines, chr(10)),
           (json_object_agg(folder, motions) FILTER (WHERE motions IS NOT NULL))::text
    FROM folders
    GROUP BY abs(hashtext(folder)) % 16`);
  const folders = new Map<string, PackedFolder>();
  for (const [text, motionsJson] of rows) addFolders(text ?? '', motionsJson, folders);
  return folders;
}

function addFolders(text: string, motionsJson: string | null, folders: Map<string, PackedFolder>): void {
  const motions = new Map(Object.entries(JSON.parse(motionsJson ?? '{}') as Record<string, [string, string, number, number][]>));
  const hasEscapes = text.includes('\\');
  for (let at = 0; at < text.length; ) {
    const headerEnd = text.indexOf('\n', at);
    const folder = hasEscapes ? unescapeText(text.slice(at + 1, headerEnd)) : text.slice(at + 1, headerEnd);
    const next = text.indexOf('\n/', headerEnd); // a name never starts with '/': the next folder's line
    const end = next === -1 ? text.length : next;
    const motionRows = motions.get(folder);
    const motionFiles = motionRows ? new Map<string, MotionFile>(motionRows.map(([name, relPath, size, mtimeMs]) => [name, { relPath, size, mtimeMs }])) : NO_MOTIONS;
    folders.set(folder, { text, start: headerEnd + 1, end, hasEscapes, motions: motionFiles });
    at = end + 1;
  }
}

const NO_MOTIONS: ReadonlyMap<string, MotionFile> = new Map();

/** The ids of the library's assets at these paths (a path no asset has is left out). */
export async function findAssetIds(libraryId: string, relPaths: string[]): Promise<Map<string, string>> {
  if (relPaths.length === 0) return new Map();
  const rows = await prisma().$queryRaw<{ id: string; rel_path: string }[]>`
    SELECT id, rel_path FROM assets WHERE library_id = ${libraryId}::uuid AND rel_path = ANY(${relPaths}::text[])`;
  return new Map(rows.map((r) => [r.rel_path, r.id]));
}

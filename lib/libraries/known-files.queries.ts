// What the database knows of a library's files, for library:scan to compare with the disk,
// folder by folder as the walk goes. A rescan reads every row, so PostgreSQL packs them itself
// while the walk runs: a row per folder, a line of text per file. This process then spends
// ~20 ms on 100,000 files (each folder's lines read when the walk reaches that folder, into a
// small map that stays in the CPU's cache), where rows through Prisma took ~300 ms of it.
import { selectTextRows } from '@/lib/server/db';
import type { AssetStatus } from '@/lib/server/generated/prisma/enums';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { MotionFile } from './pair-live-photos';

export interface KnownFile {
  id: string;
  size: number;
  mtimeMs: number;
  status: AssetStatus;
  /** A Live Photo's video, as the last scan recorded it. */
  motion: MotionFile | null;
}

/** One folder's known files as they came from the database (unpackKnownFolder reads them). */
export interface PackedFolder {
  lines: string;
  motions: string | null;
}

// A line: size, mtime in ms, status (left empty for the usual 'online'), id, then the name —
// last, so it may hold spaces — with its backslashes and line breaks escaped (\\, \n). Live
// Photo videos, fewer, come as JSON. The folder is the path up to its last '/' ('' at the
// root), as the walk names it. The mtime is read as float seconds, exact to the millisecond
// for any file date and far cheaper to print than numeric (a third of the query's time).
const nameOf = Prisma.sql`split_part(rel_path, '/', -1)`;
const msOf = (column: Prisma.Sql) => Prisma.sql`round(date_part('epoch', ${column}) * 1000)::bigint`;

/** The library's known files by folder. */
export async function loadKnownFolders(libraryId: string): Promise<Map<string, PackedFolder>> {
  const rows = await selectTextRows(Prisma.sql`
    SELECT left(rel_path, -length(${nameOf})),
           string_agg(concat_ws(' ', size, ${msOf(Prisma.sql`mtime`)}, CASE WHEN status = 'online' THEN '' ELSE status::text END, id,
                                replace(replace(${nameOf}, chr(92), chr(92) || chr(92)), chr(10), chr(92) || 'n')), chr(10)),
           (json_agg(json_build_array(${nameOf}, motion_rel_path, motion_size, ${msOf(Prisma.sql`motion_mtime`)}))
              FILTER (WHERE motion_rel_path IS NOT NULL))::text
    FROM assets WHERE library_id = ${libraryId}::uuid
    GROUP BY 1`);
  return new Map(rows.map(([folder, lines, motions]) => [folder ?? '', { lines: lines ?? '', motions }]));
}

/** A folder's known files by name (an empty map for a folder the database has none in). */
export function unpackKnownFolder(packed: PackedFolder | undefined): Map<string, KnownFile> {
  const known = new Map<string, KnownFile>();
  if (!packed) return known;
  // Read in place, character by character: slicing out each field to convert it made garbage
  // of a few strings per file, a third of the time here.
  const text = packed.lines;
  for (let at = 0; at < text.length; ) {
    const size = digitsAt(text, at);
    const mtime = digitsAt(text, size.end + 1);
    const statusEnd = text.indexOf(' ', mtime.end + 1);
    const status = (statusEnd === mtime.end + 1 ? 'online' : text.slice(mtime.end + 1, statusEnd)) as AssetStatus;
    const idEnd = text.indexOf(' ', statusEnd + 1);
    let end = text.indexOf('\n', idEnd);
    if (end === -1) end = text.length;
    known.set(unescapeName(text.slice(idEnd + 1, end)), { id: text.slice(statusEnd + 1, idEnd), size: size.value, mtimeMs: mtime.value, status, motion: null });
    at = end + 1;
  }
  if (packed.motions) {
    for (const [name, relPath, size, mtimeMs] of JSON.parse(packed.motions) as [string, string, number, number][]) {
      known.get(name)!.motion = { relPath, size, mtimeMs };
    }
  }
  return known;
}

/** The integer written from `at`; `end` is where its digits stop (at the space after it). */
function digitsAt(text: string, at: number): { value: number; end: number } {
  const negative = text.charCodeAt(at) === 45; // '-': a file dated before 1970
  let value = 0;
  let i = negative ? at + 1 : at;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
  return { value: negative ? -value : value, end: i };
}

const unescapeName = (name: string) => (name.includes('\\') ? name.replace(/\\(n|\\)/g, (_, c: string) => (c === 'n' ? '\n' : '\\')) : name);

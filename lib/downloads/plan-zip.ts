// What a ZIP will hold, decided before its first byte: each original's size (a stat through the
// library root, the file's own link target checked to be inside it), the entry names, a note
// listing the files that cannot be included (offline, moved, unreadable), and so the exact
// length of the archive. Files are opened later, one at a time, while the ZIP streams
// (stream-zip.ts), and each must still have the size announced here.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from '@/lib/libraries/validate-library-root';
import type { OriginalRow } from './downloads.queries';
import { MISSING_NOTE_NAME, type MissingItem } from './downloads.schemas';
import { uniqueEntryNames } from './zip-entry-names';
import { hitsZip64Edge, zipLength } from './zip-layout';

export type PlannedEntry =
  | { kind: 'file'; assetId: string; rootPath: string; relPath: string; name: string; size: number; mtime: Date }
  | { kind: 'note'; name: string; data: Buffer; mtime: Date };

export interface ZipPlan {
  entries: PlannedEntry[];
  missing: MissingItem[];
  /** The archive's exact length in bytes. */
  length: number;
  /** The originals' bytes. */
  bytes: number;
  /** Whether this exact layout would trip compress-commons (see zip-layout.ts). */
  unsendable: boolean;
}

/** Stats at once per batch: enough to keep a disk busy, few enough to leave descriptors free. */
const STAT_BATCH = 32;

type Found = { size: number; mtime: Date } | null;

async function statOriginal(row: OriginalRow): Promise<Found> {
  if (row.status === 'offline') return null; // the scan found it gone (a trashed one is still there: its owner may take it)
  try {
    const root = await realpath(row.rootPath);
    const real = await realpath(path.join(root, row.relPath));
    if (!isInsideOrEqual(root, real)) return null;
    const info = await stat(real);
    return info.isFile() && info.size > 0 ? { size: info.size, mtime: info.mtime } : null;
  } catch {
    return null; // gone, unreadable, a loop: listed as not included
  }
}

export async function planZip(rows: readonly OriginalRow[]): Promise<ZipPlan> {
  const found: Found[] = [];
  for (let i = 0; i < rows.length; i += STAT_BATCH) found.push(...(await Promise.all(rows.slice(i, i + STAT_BATCH).map(statOriginal))));
  const present = rows.flatMap((row, i) => (found[i] ? [{ row, ...found[i] }] : []));
  const missing = rows.flatMap((row, i) => (found[i] ? [] : [{ id: row.id, fileName: path.posix.basename(row.relPath) }]));
  const names = uniqueEntryNames(
    present.map((p) => p.row.relPath),
    missing.length > 0 ? [MISSING_NOTE_NAME] : [],
  );
  const entries: PlannedEntry[] = present.map((p, i) => ({
    kind: 'file',
    assetId: p.row.id,
    rootPath: p.row.rootPath,
    relPath: p.row.relPath,
    name: names[i],
    size: p.size,
    mtime: p.mtime,
  }));
  if (missing.length > 0) entries.push({ kind: 'note', name: MISSING_NOTE_NAME, data: missingNote(missing), mtime: new Date() });
  const laidOut = entries.map((e) => ({ name: e.name, size: e.kind === 'file' ? e.size : e.data.length }));
  return {
    entries,
    missing,
    length: zipLength(laidOut),
    bytes: present.reduce((sum, p) => sum + p.size, 0),
    unsendable: hitsZip64Edge(laidOut),
  };
}

function missingNote(missing: readonly MissingItem[]): Buffer {
  const lines = [
    `${missing.length === 1 ? 'This file was' : `These ${missing.length} files were`} not included: Shoebox could not read ${missing.length === 1 ? 'it' : 'them'}`,
    '(the library folder is offline, or the file was moved, deleted or made unreadable).',
    '',
    ...missing.map((m) => `${m.fileName}\t(Shoebox id ${m.id})`),
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

// After a scan: which unchanged videos have a .nfo sidecar that is new or changed (size, mtime
// or which file) since it was imported; each gets an nfo:import job. The scan has walked every
// file already, so this costs no file system call — only one query of the library's imports.
// New and changed videos are not here: their ingest imports the sidecar.
import path from 'node:path';
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { isVideoName, nfoSidecarOf } from './find-nfo-sidecar';
import { listNfoImportsOfLibrary } from './importers.queries';

export interface SeenNfo {
  relPath: string;
  size: number;
  mtimeMs: number;
}

/**
 * `nfos`: the .nfo files the scan saw; `allVideos`: every video path it saw; `unchanged`: the
 * known videos it left as they were. Returns how many imports were queued.
 */
export async function queueChangedNfoImports(libraryId: string, nfos: SeenNfo[], allVideos: string[], unchanged: { id: string; relPath: string }[]): Promise<number> {
  if (nfos.length === 0 || unchanged.length === 0) return 0;
  const byPath = new Map(nfos.map((n) => [n.relPath, n]));
  const namesByFolder = new Map<string, string[]>();
  for (const p of [...nfos.map((n) => n.relPath), ...allVideos]) {
    const dir = path.posix.dirname(p);
    namesByFolder.set(dir, [...(namesByFolder.get(dir) ?? []), path.posix.basename(p)]);
  }
  const imported = await listNfoImportsOfLibrary(libraryId);
  const due: string[] = [];
  for (const video of unchanged) {
    const names = namesByFolder.get(path.posix.dirname(video.relPath)) ?? [];
    if (!names.some((n) => n.toLowerCase().endsWith('.nfo'))) continue;
    const sidecar = nfoSidecarOf(video.relPath, names, names.filter(isVideoName).length);
    const now = sidecar ? byPath.get(sidecar) : undefined;
    if (!now) continue; // none, or removed: what it imported stays
    const was = imported.get(video.id);
    if (was && was.relPath === now.relPath && was.size === now.size && was.mtimeMs === Math.floor(now.mtimeMs)) continue;
    due.push(video.id);
  }
  for (let i = 0; i < due.length; i += 1000) {
    await prisma().$transaction(async (tx) => {
      for (const assetId of due.slice(i, i + 1000)) await enqueue(tx, 'nfo:import', { assetId });
    });
  }
  return due.length;
}

// Imports a video's .nfo sidecar (parse-nfo.ts) into the owner's catalogue: title, plot,
// release date and studio where the user has not set their own, performers (with roles) and
// tags as links with source 'nfo' that a re-import replaces. Called by the video's ingest and
// by nfo:import when a rescan saw the sidecar change. A sidecar that cannot be read is a
// warning (logged and recorded in nfo_imports), never a failure of the video.
//
// Cost at ingest for a video without a sidecar: two failed stat calls (`<name>.nfo`, then
// `movie.nfo`) and no query; only a sidecar that exists is opened (through the safe opener), and
// the folder is listed only when a movie.nfo exists.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listLibraryFolder } from '@/lib/libraries/list-library-folder';
import { type LibraryFile, openLibraryFile } from '@/lib/libraries/open-library-file';
import { prisma } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { isVideoName, MOVIE_NFO, ownNfoName } from './find-nfo-sidecar';
import { applyNfoImport, findAssetForNfo, type NfoApplied, resolveOrCreateEntities } from './importers.queries';
import { NFO_MAX_BYTES, parseNfo } from './parse-nfo';

export type NfoImportOutcome = { status: 'none' | 'unchanged' | 'imported' } | { status: 'refused'; warning: string };

export async function importNfoSidecar(assetId: string): Promise<NfoImportOutcome> {
  const asset = await findAssetForNfo(assetId);
  if (!asset || asset.type !== 'video' || asset.status === 'trashed') return { status: 'none' };
  const found = await openSidecar(asset.rootPath, asset.relPath);
  if (!found) return { status: 'none' }; // a sidecar removed later leaves what it imported
  const { relPath, file } = found;
  try {
    // Floored as the scan floors the walker's mtimeMs (Node's stat Date rounds: .5 ms and up
    // would differ, and every rescan would import the sidecar again).
    const mtime = new Date(Math.floor(file.mtimeMs));
    const was = asset.nfo;
    if (was && was.relPath === relPath && was.size === file.size && was.mtimeMs === mtime.getTime()) return { status: 'unchanged' };
    // Never more than the cap plus one byte: a bigger file is refused by parseNfo for its size.
    const bytes = Buffer.alloc(Math.min(file.size, NFO_MAX_BYTES + 1));
    const { bytesRead } = await file.handle.read(bytes, 0, bytes.length, 0);
    const parsed = parseNfo(bytes.subarray(0, bytesRead));
    const previous = was?.applied ?? {};
    const record = { relPath, size: file.size, mtime };
    if (!parsed.ok) {
      log.warn({ assetId, nfo: relPath, warning: parsed.warning }, 'nfo sidecar refused');
      await prisma().$transaction((tx) => applyNfoImport(tx, assetId, record, previous, { warning: parsed.warning }, []));
      return { status: 'refused', warning: parsed.warning };
    }
    const { nfo } = parsed;
    await prisma().$transaction(async (tx) => {
      const people = await resolveOrCreateEntities(tx, 'performer', asset.ownerId, nfo.actors.map((a) => a.name));
      const studios = await resolveOrCreateEntities(tx, 'studio', asset.ownerId, nfo.studio ? [nfo.studio] : []);
      const tags = await resolveOrCreateEntities(tx, 'tag', asset.ownerId, nfo.tags);
      // Two names of one nfo may be one entity (a name and its alias): link it once, first role wins.
      const links = new Map<string, string | null>();
      for (const a of nfo.actors) {
        const id = people.get(a.name.toLowerCase());
        if (id && !links.has(id)) links.set(id, a.role);
      }
      const next: NfoApplied = {
        title: nfo.title,
        description: nfo.description,
        releaseDate: nfo.releaseDate,
        studioId: nfo.studio ? (studios.get(nfo.studio.toLowerCase()) ?? null) : null,
        personIds: [...links.keys()],
        tagIds: [...new Set(nfo.tags.flatMap((t) => tags.get(t.toLowerCase()) ?? []))],
        year: nfo.year,
        episode: nfo.episode,
      };
      const cast = [...links.entries()].map(([personId, role]) => ({ personId, role }));
      await applyNfoImport(tx, assetId, record, previous, next, cast);
    });
    return { status: 'imported' };
  } finally {
    await file.handle.close();
  }
}

/** A cheap first look by path (the real check opens the file safely): is any sidecar there? */
async function mayHaveSidecar(root: string, videoRelPath: string): Promise<boolean> {
  const dir = path.join(root, path.posix.dirname(videoRelPath));
  for (const name of [ownNfoName(videoRelPath), MOVIE_NFO]) {
    if (await stat(path.join(dir, name)).then(() => true, () => false)) return true;
  }
  return false;
}

async function openSidecar(root: string, videoRelPath: string): Promise<{ relPath: string; file: Extract<LibraryFile, { kind: 'ok' }> } | null> {
  const dir = path.posix.dirname(videoRelPath);
  const inDir = (name: string) => (dir === '.' ? name : `${dir}/${name}`);
  const own = await openLibraryFile(root, inDir(ownNfoName(videoRelPath)));
  if (own.kind === 'ok') return { relPath: inDir(ownNfoName(videoRelPath)), file: own };
  const movie = await openLibraryFile(root, inDir(MOVIE_NFO));
  if (movie.kind !== 'ok') return null;
  const videos = (await listLibraryFolder(root, dir)).filter(isVideoName).length;
  if (videos === 1) return { relPath: inDir(MOVIE_NFO), file: movie };
  await movie.handle.close();
  return null;
}

/** For the video's ingest: whatever happens to the sidecar, the video's ingest goes on. */
export async function importNfoAtIngest(video: { id: string; rootPath: string; relPath: string }): Promise<void> {
  const assetId = video.id;
  try {
    if (!(await mayHaveSidecar(video.rootPath, video.relPath))) return;
    await importNfoSidecar(assetId);
  } catch (error) {
    log.warn({ assetId, err: error }, 'nfo sidecar import failed; the video is ingested without it');
  }
}

// asset:ingest. Reads the original once (checksum, EXIF, one decode for all derived images),
// writes the derived files, then the rows. A file that cannot be read or decoded is a normal
// outcome: the asset ends as failed with a reason users can read, and the job succeeds.
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInsideOrEqual } from '@/lib/libraries/validate-library-root';
import { MediaError } from '@/lib/media/media-error';
import { renderPhotoDerivatives } from '@/lib/media/photo-derivatives';
import { readPhotoMetadata } from '@/lib/media/photo-metadata';
import { log } from '@/lib/server/log';
import { putObject } from '@/lib/storage/local-storage';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { findAssetForIngest, markAssetFailed, markAssetOffline, saveIngestResult } from './assets.queries';

export type IngestOutcome = 'ready' | 'failed' | 'offline' | 'skipped';

export function derivedKey(assetId: string, name: string): string {
  return `assets/${assetId.slice(0, 2)}/${assetId}/${name}`;
}

export async function ingestAsset(assetId: string): Promise<IngestOutcome> {
  const asset = await findAssetForIngest(assetId);
  if (!asset || asset.status === 'trashed') return 'skipped';
  const file = await readOriginal(asset.library.rootPath, asset.relPath);
  if (file.kind === 'missing') {
    await markAssetOffline(assetId);
    return 'offline';
  }
  if (file.kind === 'unreadable') {
    await markAssetFailed(assetId, file.reason, null);
    return 'failed';
  }
  const checksum = new Uint8Array(createHash('sha1').update(file.data).digest());
  const meta = await readPhotoMetadata(file.data, path.basename(asset.relPath), file.mtime);
  const fields = {
    checksum,
    takenAtLocal: meta.takenAtLocal,
    takenAtUtc: meta.takenAtUtc,
    takenAtSource: meta.takenAtSource,
    orientation: meta.orientation,
  };
  let rendered;
  try {
    rendered = await renderPhotoDerivatives(file.data);
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    log.warn({ assetId, relPath: asset.relPath, reason: error.reason }, 'asset failed');
    await markAssetFailed(assetId, error.reason, fields);
    return 'failed';
  }
  const thumbKey = derivedKey(assetId, 'thumb.webp');
  const previewKey = derivedKey(assetId, `preview.${rendered.preview.format}`);
  await Promise.all([putObject(thumbKey, rendered.thumb.data), putObject(previewKey, rendered.preview.data)]);
  const { make, model, lens, exposureTime, fNumber, iso, focalLength, latitude, longitude, raw } = meta;
  await saveIngestResult(
    assetId,
    { ...fields, width: rendered.width, height: rendered.height, mime: rendered.mime, thumbhash: new Uint8Array(rendered.thumbhash) },
    { make, model, lens, exposureTime, fNumber, iso, focalLength, latitude, longitude, raw },
    [
      { kind: 'thumb', storageKey: thumbKey, width: rendered.thumb.width, height: rendered.thumb.height, bytes: rendered.thumb.data.length },
      { kind: 'preview', storageKey: previewKey, width: rendered.preview.width, height: rendered.preview.height, bytes: rendered.preview.data.length },
    ],
  );
  await requestCountsRefresh(); // debounced: a batch of ingests folds into one count refresh
  return 'ready';
}

type OriginalFile =
  | { kind: 'ok'; data: Buffer; mtime: Date }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

/** Reads the original by its database path; its real path must still be inside the root. */
async function readOriginal(root: string, relPath: string): Promise<OriginalFile> {
  const full = path.join(root, relPath);
  try {
    const real = await realpath(full);
    if (!isInsideOrEqual(root, real)) return { kind: 'unreadable', reason: 'The file is a link to a place outside the library folder.' };
    const info = await stat(real);
    if (info.size === 0) return { kind: 'unreadable', reason: 'The file is empty (0 bytes).' };
    return { kind: 'ok', data: await readFile(real), mtime: info.mtime };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'Permission denied: Shoebox cannot read this file.' };
    if (code === 'EISDIR') return { kind: 'unreadable', reason: 'This is a folder, not a file.' };
    throw error;
  }
}

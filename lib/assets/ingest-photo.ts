// Everything a photo yields, from one read of the file and one decode.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { renderPhotoDerivatives, type PhotoDerivatives } from '@/lib/media/photo-derivatives';
import { readPhotoMetadata } from '@/lib/media/photo-metadata';
import { isRawFile } from '@/lib/media/media-types';
import type { ExifRow, IngestedFields } from './assets.queries';

export interface PhotoIngest {
  checksum: Buffer;
  fields: IngestedFields;
  exif: ExifRow;
  /** Throws MediaError when the picture cannot be decoded; metadata is kept either way. */
  render: () => Promise<PhotoDerivatives>;
}

/** `data` is the whole original, read from the descriptor the safe opener checked. */
export async function readPhoto(data: Buffer, sidecar: Buffer | null, relPath: string, mtime: Date): Promise<PhotoIngest> {
  const meta = await readPhotoMetadata(data, path.basename(relPath), mtime, sidecar);
  const { make, model, lens, exposureTime, fNumber, iso, focalLength, latitude, longitude, raw } = meta;
  return {
    checksum: createHash('sha1').update(data).digest(),
    fields: {
      takenAtLocal: meta.takenAtLocal,
      takenAtUtc: meta.takenAtUtc,
      takenAtSource: meta.takenAtSource,
      orientation: meta.orientation,
    },
    exif: { make, model, lens, exposureTime, fNumber, iso, focalLength, latitude, longitude, raw },
    render: () => renderPhotoDerivatives(data, isRawFile(relPath) ? { raw: { orientation: meta.orientation } } : {}),
  };
}

// Everything a photo yields, from one read of the file and one decode.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderPhotoDerivatives, type PhotoDerivatives } from '@/lib/media/photo-derivatives';
import { readPhotoMetadata } from '@/lib/media/photo-metadata';
import { isRawFile } from '@/lib/media/raw-preview';
import type { ExifRow, IngestedFields } from './assets.queries';

export interface PhotoIngest {
  checksum: Buffer;
  fields: IngestedFields;
  exif: ExifRow;
  /** Throws MediaError when the picture cannot be decoded; metadata is kept either way. */
  render: () => Promise<PhotoDerivatives>;
}

/** `IMG_1.jpg.xmp` (darktable, digiKam) or `IMG_1.xmp` (Lightroom) next to the photo. */
async function readSidecar(file: string): Promise<Buffer | null> {
  const candidates = [`${file}.xmp`, `${file.slice(0, file.length - path.extname(file).length)}.xmp`];
  for (const candidate of candidates) {
    const data = await readFile(candidate).catch(() => null);
    if (data) return data;
  }
  return null;
}

export async function readPhoto(file: string, relPath: string, mtime: Date): Promise<PhotoIngest> {
  const [data, sidecar] = await Promise.all([readFile(file), readSidecar(file)]);
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

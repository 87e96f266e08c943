// What an uploaded file really is, from its first bytes (file-type), never from its name: only
// the photo and video formats our ingest reads are taken (lib/media/media-types.ts). A ".jpg"
// that is a zip, or a picture format no reader here handles, is refused.
import type { FileHandle } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import { mediaKindOf, type MediaKind } from '@/lib/media/media-types';

// file-type's names where our extension tables use another for the same format.
const OUR_EXTENSION: Record<string, string> = { asf: 'wmv', apng: 'png', '3g2': '3gp' };

const SNIFF_BYTES = 64 * 1024;

export interface DetectedType {
  kind: MediaKind;
  /** The extension our tables know the format by (jpg, heic, mov…). */
  ext: string;
  mime: string;
}

export async function detectUploadType(handle: FileHandle): Promise<DetectedType | null> {
  const buffer = Buffer.alloc(SNIFF_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
  const found = await fileTypeFromBuffer(buffer.subarray(0, bytesRead));
  if (!found) return null;
  const ext = OUR_EXTENSION[found.ext] ?? found.ext;
  const kind = mediaKindOf(`file.${ext}`);
  return kind ? { kind, ext, mime: found.mime } : null;
}

// Camera RAW files (DNG, CR2, CR3, NEF, ARW, ORF, RAF, RW2) all carry a full-size or large
// JPEG preview made by the camera. Shoebox shows that preview, like most photo managers do,
// rather than demosaicing the sensor data. The largest embedded JPEG wins.
import sharp from 'sharp';

const SOI = Buffer.from([0xff, 0xd8, 0xff]);
const MAX_CANDIDATES = 64;

/** The largest decodable JPEG inside the file, or null. Headers only: no pixel is decoded. */
export async function largestEmbeddedJpeg(file: Buffer): Promise<Buffer | null> {
  let best: { jpeg: Buffer; pixels: number } | null = null;
  let tried = 0;
  for (let at = file.indexOf(SOI, 1); at !== -1 && tried < MAX_CANDIDATES; at = file.indexOf(SOI, at + 3)) {
    tried += 1;
    const candidate = file.subarray(at);
    const meta = await sharp(candidate, { limitInputPixels: false }).metadata().catch(() => null);
    if (meta?.format !== 'jpeg' || !meta.width || !meta.height) continue;
    const pixels = meta.width * meta.height;
    if (!best || pixels > best.pixels) best = { jpeg: candidate, pixels };
  }
  return best?.jpeg ?? null;
}

/**
 * Gives a JPEG (whose own EXIF, if any, has no orientation) the RAW's orientation, by putting
 * a minimal EXIF segment after its SOI marker, so the normal auto-orient applies it.
 */
export function withOrientation(jpeg: Buffer, orientation: number | null): Buffer {
  if (!orientation || orientation === 1) return jpeg;
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, payload, jpeg.subarray(2)]);
}

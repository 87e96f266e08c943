// Metadata of a photo: taken-at (and where it came from), camera, exposure, GPS, orientation.
// exifr reads the blocks separately (mergeOutput: false) so that an EXIF date and an XMP date
// are never confused; reviveValues is off because exifr would otherwise interpret dates in
// the server's own time zone. Missing or malformed metadata never throws: it falls back.
import type { TakenAtSource } from '@/lib/server/generated/prisma/enums';
import { exifr } from './exifr';
import { parseFilenameDate, parseTakenAt, type TakenAt } from './taken-at';

/** Where a photo's time came from ('container' is a video's). */
export type PhotoTakenAtSource = Exclude<TakenAtSource, 'container'>;

export interface PhotoMetadata {
  takenAtLocal: Date;
  takenAtUtc: Date | null;
  takenAtSource: PhotoTakenAtSource;
  orientation: number | null;
  make: string | null;
  model: string | null;
  lens: string | null;
  exposureTime: number | null;
  fNumber: number | null;
  iso: number | null;
  focalLength: number | null;
  latitude: number | null;
  longitude: number | null;
  raw: Record<string, unknown>;
}

type Block = Record<string, unknown>;
type Blocks = Record<string, Block | undefined>;

const OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  ifd1: false,
  interop: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  reviveValues: false,
  translateValues: false,
  translateKeys: true,
  mergeOutput: false,
  silentErrors: true,
};

const XMP_DATE_FIELDS: [string, string][] = [
  ['exif', 'DateTimeOriginal'],
  ['photoshop', 'DateCreated'],
  ['xmp', 'CreateDate'],
  ['xap', 'CreateDate'],
];
const RAW_LIMIT_BYTES = 8 * 1024;

// Camera strings are C strings in fixed-size fields: whatever follows the first NUL is junk
// (the WWL ION230 writes "ION230\0F"), and many are padded with spaces.
const text = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.split('\0')[0].trim();
  return t.length ? t : null;
};
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : Array.isArray(v) && typeof v[0] === 'number' ? v[0] : null);

async function parseBlocks(input: Buffer, sidecar: boolean): Promise<Blocks> {
  try {
    // A sidecar is XMP alone: asking exifr for TIFF blocks in it makes it give up silently.
    const result = sidecar
      ? await exifr.sidecar(input, { xmp: true, mergeOutput: false, reviveValues: false }, 'xmp')
      : await exifr.parse(input, OPTIONS);
    return (result ?? {}) as Blocks;
  } catch {
    return {};
  }
}

function exifTakenAt(blocks: Blocks): TakenAt | null {
  const exif = blocks.exif ?? {};
  // EXIF writes "YYYY:MM:DD"; an ISO date in the exif block came from XMP, handled below.
  const exifOnly = (v: unknown) => (typeof v === 'string' && /^\d{4}:/.test(v) ? v : null);
  return (
    parseTakenAt(exifOnly(exif.DateTimeOriginal), text(exif.OffsetTimeOriginal) ?? text(exif.OffsetTime), exif.SubSecTimeOriginal) ??
    parseTakenAt(exifOnly(exif.CreateDate), text(exif.OffsetTimeDigitized) ?? text(exif.OffsetTime), exif.SubSecTimeDigitized)
  );
}

function xmpTakenAt(blocks: Blocks): TakenAt | null {
  for (const [ns, field] of XMP_DATE_FIELDS) {
    const value = blocks[ns]?.[field];
    if (typeof value === 'string' && /^\d{4}-/.test(value)) {
      const parsed = parseTakenAt(value);
      if (parsed) return parsed;
    }
  }
  return null;
}

/**
 * Older cameras write no EXIF offset, but Lightroom and others copy the capture time into XMP
 * with one; when both name the same wall clock, the XMP offset gives the real instant.
 */
function sameMomentUtc(exif: TakenAt, xmp: TakenAt | null): Date | null {
  if (!xmp?.takenAtUtc) return null;
  const sameSecond = Math.floor(exif.takenAtLocal.getTime() / 1000) === Math.floor(xmp.takenAtLocal.getTime() / 1000);
  return sameSecond ? new Date(xmp.takenAtUtc.getTime() + (exif.takenAtLocal.getTime() - xmp.takenAtLocal.getTime())) : null;
}

function gps(blocks: Blocks): { latitude: number | null; longitude: number | null } {
  const lat = num(blocks.gps?.latitude);
  const lon = num(blocks.gps?.longitude);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) {
    return { latitude: null, longitude: null };
  }
  return { latitude: lat, longitude: lon };
}

/** Strings and numbers only, capped: enough for an info panel, safe to store as JSON. */
function rawSubset(blocks: Blocks): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let size = 2;
  for (const block of ['ifd0', 'exif', 'gps'] as const) {
    for (const [key, value] of Object.entries(blocks[block] ?? {})) {
      const safe =
        typeof value === 'number' && Number.isFinite(value)
          ? value
          : typeof value === 'string'
            ? value.replace(/\0/g, '').slice(0, 200)
            : Array.isArray(value) && value.length <= 8 && value.every((x) => typeof x === 'number')
              ? value
              : undefined;
      if (safe === undefined || key in out) continue;
      size += key.length + JSON.stringify(safe).length + 4;
      if (size > RAW_LIMIT_BYTES) return out;
      out[key] = safe;
    }
  }
  return out;
}

export async function readPhotoMetadata(file: Buffer, fileName: string, fileMtime: Date, sidecarXmp?: Buffer | null): Promise<PhotoMetadata> {
  const blocks = await parseBlocks(file, false);
  const sidecar = sidecarXmp ? await parseBlocks(sidecarXmp, true) : {};
  const ifd0 = blocks.ifd0 ?? {};
  const exif = blocks.exif ?? {};

  let taken: (TakenAt & { source: PhotoTakenAtSource }) | null = null;
  const fromExif = exifTakenAt(blocks);
  const fromXmp = xmpTakenAt(sidecar) ?? xmpTakenAt(blocks);
  const fromName = parseFilenameDate(fileName);
  if (fromExif) taken = { ...fromExif, takenAtUtc: fromExif.takenAtUtc ?? sameMomentUtc(fromExif, fromXmp), source: 'exif' };
  else if (fromXmp) taken = { ...fromXmp, source: 'xmp' };
  else if (fromName) taken = { takenAtLocal: fromName, takenAtUtc: null, source: 'filename' };
  else taken = { takenAtLocal: new Date(fileMtime.getTime()), takenAtUtc: fileMtime, source: 'mtime' };

  const orientation = num(ifd0.Orientation);
  return {
    takenAtLocal: taken.takenAtLocal,
    takenAtUtc: taken.takenAtUtc,
    takenAtSource: taken.source,
    orientation: orientation !== null && orientation >= 1 && orientation <= 8 ? orientation : null,
    make: text(ifd0.Make),
    model: text(ifd0.Model),
    lens: text(exif.LensModel) ?? text(exif.LensMake),
    exposureTime: num(exif.ExposureTime),
    fNumber: num(exif.FNumber),
    iso: num(exif.ISO),
    focalLength: num(exif.FocalLength),
    ...gps(blocks),
    raw: rawSubset(blocks),
  };
}

// When a picture was taken, from the strings cameras and apps write. Convention: takenAtLocal
// is a Date whose UTC fields are the wall-clock time where it was taken (it is stored in a
// `timestamp without time zone` column); takenAtUtc is the instant, when the offset is known.

export interface TakenAt {
  takenAtLocal: Date;
  takenAtUtc: Date | null;
}

function wallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date | null {
  if (y < 1826 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null; // 31 Feb → null
}

/** "+09:00", "-0530", "Z" → minutes east of UTC; null when absent or malformed. */
export function parseOffsetMinutes(offset: string | null | undefined): number | null {
  const text = offset?.trim();
  if (!text) return null;
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return minutes > 14 * 60 ? null : (m[1] === '-' ? -1 : 1) * minutes;
}

function withOffset(local: Date, offsetMinutes: number | null): TakenAt {
  return { takenAtLocal: local, takenAtUtc: offsetMinutes === null ? null : new Date(local.getTime() - offsetMinutes * 60_000) };
}

// EXIF keeps sub-seconds in separate SubSecTime* tags: digits of a fraction, so "054" is
// 0.054 s. They order a burst of shots taken within one second.
function subSecondMs(digits: unknown): number {
  const text = typeof digits === 'string' ? digits.replace(/\0/g, '').trim() : '';
  return /^\d{1,9}$/.test(text) ? Number(text.slice(0, 3).padEnd(3, '0')) : 0;
}

/**
 * EXIF "2008:05:30 15:56:01" (optionally with subseconds) or XMP/ISO "2008-05-30T15:56:01+02:00".
 * An offset in the string wins over `offset` (EXIF's separate OffsetTime tags), and a fraction
 * in the string wins over `subSeconds` (EXIF's SubSecTime tags).
 */
export function parseTakenAt(value: unknown, offset?: string | null, subSeconds?: unknown): TakenAt | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(value.trim());
  if (!m) return null;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : m[6] !== undefined ? subSecondMs(subSeconds) : 0;
  const local = wallClock(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms);
  if (!local) return null;
  return withOffset(local, parseOffsetMinutes(m[8] ?? offset));
}

const FILENAME_PATTERNS = [
  // IMG_20180725_163423, VID_…, PXL_20210101_123456789, 20180725_163423, Screenshot_20180725-163423
  /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})[_-](\d{2})(\d{2})(\d{2})/,
  // 2018-07-25 16.34.23, 2018-07-25_16-34-23, 2018-07-25 16:34:23
  /(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})[ _T](\d{2})[.:-](\d{2})[.:-](\d{2})/,
];

/** A wall-clock time written in a file name by phones and cameras, or null. */
export function parseFilenameDate(fileName: string): Date | null {
  for (const pattern of FILENAME_PATTERNS) {
    const m = pattern.exec(fileName);
    if (!m) continue;
    const date = wallClock(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    if (date) return date;
  }
  return null;
}

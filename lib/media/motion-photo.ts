// Where the short video of a motion photo lies inside the file, found by reading a few headers
// (never the pixels, never the whole file): a HEIC's top-level `mpvd` box (Google's and
// Samsung's HEIC motion photos), the Container:Directory of Google's XMP (MotionPhoto JPEGs),
// the older GCamera:MicroVideoOffset, and Samsung's `MotionPhoto_Data` record listed by the
// SEF trailer at the end of its JPEGs. Whatever points at the bytes, they count only when they
// are an MP4: an `ftyp` box first, then boxes that fit inside the item, one of them `moov`.
// Pure: `read` gives bytes of the already-opened file (or of a buffer) by offset.

/** Up to `length` bytes from `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Promise<Buffer>;

export type MotionSource = 'mpvd' | 'xmp-directory' | 'micro-video' | 'samsung-trailer';

export interface MotionRange {
  /** The MP4's first byte and the byte after its last. */
  start: number;
  end: number;
  source: MotionSource;
}

export interface Candidate {
  starts: number[];
  /** The item's end: the MP4 must fit before it (a trailer may follow). */
  limit: number;
  source: MotionSource;
}

export async function locateEmbeddedMotion(read: ByteReader, size: number): Promise<MotionRange | null> {
  const head = await read(0, 12);
  const candidates: Candidate[] = [];
  if (boxType(head, 4) === 'ftyp') {
    const mpvd = await findTopLevelBox(read, size, 'mpvd');
    if (mpvd) candidates.push({ starts: [mpvd.payload], limit: mpvd.end, source: 'mpvd' });
  } else if (head[0] === 0xff && head[1] === 0xd8) {
    const xmp = await readJpegXmp(read, size);
    if (xmp) candidates.push(...xmpCandidates(xmp, size));
  }
  const trailer = await samsungTrailerCandidate(read, size);
  if (trailer) candidates.push(trailer);
  for (const c of candidates) {
    for (const start of c.starts) {
      const end = await mp4Extent(read, start, c.limit);
      if (end !== null) return { start, end, source: c.source };
    }
  }
  return null;
}

// ---- ISO BMFF boxes --------------------------------------------------------------------

function boxType(bytes: Buffer, at: number): string | null {
  if (bytes.length < at + 4) return null;
  const type = bytes.toString('latin1', at, at + 4);
  return /^[\x20-\x7e\xa9]{4}$/.test(type) ? type : null;
}

interface Box {
  type: string;
  start: number;
  payload: number;
  end: number;
}

/** The box whose header starts at `at`, or null when there is none that fits before `limit`. */
async function readBox(read: ByteReader, at: number, limit: number): Promise<Box | null> {
  if (at + 8 > limit) return null;
  const header = await read(at, 16);
  const type = boxType(header, 4);
  if (!type || header.length < 8) return null;
  let size = header.readUInt32BE(0);
  let headerSize = 8;
  if (size === 1) {
    if (header.length < 16) return null;
    size = Number(header.readBigUInt64BE(8));
    headerSize = 16;
  } else if (size === 0) {
    size = limit - at; // "to the end"
  }
  if (size < headerSize || at + size > limit) return null;
  return { type, start: at, payload: at + headerSize, end: at + size };
}

async function findTopLevelBox(read: ByteReader, size: number, wanted: string): Promise<Box | null> {
  let at = 0;
  for (let i = 0; i < 256; i++) {
    const box = await readBox(read, at, size);
    if (!box) return null;
    if (box.type === wanted) return box;
    at = box.end;
  }
  return null;
}

/**
 * Where an MP4 starting at `start` ends: its top-level boxes are walked (a few header reads)
 * until the item's end or bytes that are no box. Null unless it opens with `ftyp` and holds a
 * `moov` (without its index no player can start it); a box running past `limit` means it was
 * cut short.
 */
export async function mp4Extent(read: ByteReader, start: number, limit: number): Promise<number | null> {
  if (start < 0 || start >= limit) return null;
  const first = await readBox(read, start, limit);
  if (first?.type !== 'ftyp') return null;
  let at = first.end;
  let hasMoov = false;
  for (let i = 0; i < 256 && at < limit; i++) {
    const box = await readBox(read, at, limit);
    if (!box) break;
    hasMoov ||= box.type === 'moov';
    at = box.end;
  }
  return hasMoov ? at : null;
}

// ---- JPEG XMP (Google) -----------------------------------------------------------------

const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';

/** The XMP packet of a JPEG's APP1 segments (read segment by segment up to the image data). */
async function readJpegXmp(read: ByteReader, size: number): Promise<string | null> {
  let at = 2;
  for (let i = 0; i < 64 && at + 4 <= size; i++) {
    const marker = await read(at, 4);
    if (marker.length < 4 || marker[0] !== 0xff) return null;
    const code = marker[1];
    if (code === 0xda || code === 0xd9) return null; // image data or end: no XMP before it
    const length = marker.readUInt16BE(2);
    if (code === 0xe1 && length > XMP_HEADER.length + 2) {
      const segment = await read(at + 4, length - 2);
      if (segment.toString('latin1', 0, XMP_HEADER.length) === XMP_HEADER) return segment.toString('utf8', XMP_HEADER.length);
    }
    at += 2 + length;
  }
  return null;
}

/** A property written either as an attribute (`ns:Name="v"`) or as an element (`<ns:Name>v</ns:Name>`), whatever the prefix. */
function xmpProperty(xml: string, name: string): string | null {
  const attribute = new RegExp(`\\b\\w+:${name}\\s*=\\s*["']([^"']*)["']`).exec(xml);
  if (attribute) return attribute[1];
  return new RegExp(`<(\\w+):${name}>\\s*([^<]*?)\\s*</\\1:${name}>`).exec(xml)?.[2] ?? null;
}

const wholeNumber = (value: string | null): number | null => (value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null);

export interface DirectoryItem {
  semantic: string | null;
  length: number;
  padding: number;
}

/** The Container:Directory's items, in order (the primary image first). */
export function parseContainerDirectory(xmp: string): DirectoryItem[] {
  const items = xmp.match(/<\w+:Item\b[^>]*?(?:\/>|>[\s\S]*?<\/\w+:Item>)/g) ?? [];
  return items.map((item) => ({
    semantic: xmpProperty(item, 'Semantic'),
    length: wholeNumber(xmpProperty(item, 'Length')) ?? 0,
    padding: wholeNumber(xmpProperty(item, 'Padding')) ?? 0,
  }));
}

/**
 * Google's layout: items follow one another to the end of the file, so an item starts where
 * the lengths and paddings of the items after it, counted back from the end, leave off. Samsung
 * counts the padding (its SEF trailer) inside the video's Length, so the start just after the
 * padding is tried too; either way the MP4 must end where the item does.
 */
function xmpCandidates(xmp: string, size: number): Candidate[] {
  const out: Candidate[] = [];
  const items = parseContainerDirectory(xmp);
  const index = items.findIndex((i) => i.semantic === 'MotionPhoto');
  if (index > 0 && items[index].length > 0) {
    const after = items.slice(index).reduce((sum, i) => sum + i.length + i.padding, 0);
    const start = size - after;
    const { length, padding } = items[index];
    out.push({ starts: [...new Set([start, start + padding])], limit: start + length, source: 'xmp-directory' });
  }
  const microVideo = xmpProperty(xmp, 'MicroVideo');
  const offset = wholeNumber(xmpProperty(xmp, 'MicroVideoOffset'));
  if (microVideo?.trim() === '1' && offset !== null && offset > 0 && offset < size) {
    out.push({ starts: [size - offset], limit: size, source: 'micro-video' });
  }
  return out;
}

// ---- Samsung SEF trailer ---------------------------------------------------------------

const SEF_MOTION_PHOTO = 0x0a30;

/**
 * Samsung ends its files with `<directory length: u32 LE>SEFT`; the directory (`SEFH`,
 * version, count, then 12-byte entries: type, offset back from SEFH, length) names records
 * `<0><type><name length><name><data>`. The `MotionPhoto_Data` record of a JPEG holds the MP4
 * (a HEIC's holds a pointer to its `mpvd` box instead, found above).
 */
async function samsungTrailerCandidate(read: ByteReader, size: number): Promise<Candidate | null> {
  if (size < 8) return null;
  const tail = await read(size - 8, 8);
  if (tail.toString('latin1', 4, 8) !== 'SEFT') return null;
  const dirLength = tail.readUInt32LE(0);
  const sefh = size - 8 - dirLength;
  if (dirLength < 12 || sefh < 0) return null;
  const dir = await read(sefh, dirLength);
  if (dir.toString('latin1', 0, 4) !== 'SEFH') return null;
  const count = dir.readUInt32LE(8);
  for (let i = 0; i < count && 12 + i * 12 + 12 <= dir.length; i++) {
    const entry = 12 + i * 12;
    if (dir.readUInt16LE(entry + 2) !== SEF_MOTION_PHOTO) continue;
    const record = sefh - dir.readUInt32LE(entry + 4);
    const recordEnd = record + dir.readUInt32LE(entry + 8);
    if (record < 0 || recordEnd > sefh) return null;
    const header = await read(record, 8);
    if (header.length < 8) return null;
    const dataStart = record + 8 + header.readUInt32LE(4);
    return { starts: [dataStart], limit: recordEnd, source: 'samsung-trailer' };
  }
  return null;
}

/** A reader over bytes already in memory (the ingest has read the whole photo). */
export function bufferReader(data: Buffer): ByteReader {
  return async (offset, length) => data.subarray(offset, Math.min(data.length, offset + length));
}

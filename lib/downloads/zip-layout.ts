// The exact size of the ZIP that zip-stream (compress-commons 7) writes for stored entries from
// streams, known before a byte is read, so the download can announce Content-Length and the
// browser shows a percentage. Per entry: a local header (30 bytes + name; sizes come later),
// the bytes as they are (store: photos and videos are compressed already), a data descriptor
// (16 bytes, or 24 with 8-byte sizes past 4 GiB), and a central directory record (46 bytes +
// name, plus a 28-byte zip64 extra field when the entry's size or its offset is past 4 GiB).
// Then the end record (22 bytes), preceded by the zip64 end record and locator (56 + 20 bytes)
// when there are more than 65,535 entries or the directory lies or reaches past 4 GiB.
// zip-layout.test.ts holds this to what zip-stream really writes; the response also counts
// the bytes it sends and fails the download rather than send more or fewer than announced.

/** compress-commons' ZIP64_MAGIC: a 4-byte field holding it means "see the zip64 extra". */
export const ZIP32_LIMIT = 0xffffffff;
const ZIP16_LIMIT = 0xffff;

export interface LaidOutEntry {
  /** The entry's name exactly as it will be written (zip-entry-names.ts). */
  name: string;
  size: number;
}

export function zipLength(entries: readonly LaidOutEntry[]): number {
  let offset = 0;
  let centralLength = 0;
  for (const { name, size } of entries) {
    const nameBytes = Buffer.byteLength(name);
    const zip64Entry = size > ZIP32_LIMIT;
    centralLength += 46 + nameBytes + (zip64Entry || offset > ZIP32_LIMIT ? 28 : 0);
    offset += 30 + nameBytes + size + (zip64Entry ? 24 : 16);
  }
  const zip64 = entries.length > ZIP16_LIMIT || centralLength > ZIP32_LIMIT || offset > ZIP32_LIMIT;
  return offset + centralLength + (zip64 ? 56 + 20 : 0) + 22;
}

/**
 * compress-commons writes 0xFFFFFFFF itself, without the zip64 extra, for an entry of exactly
 * that size or at exactly that offset (it tests "greater than"); readers then look for the
 * extra and find none. Such a layout (one in four billion) is refused rather than sent broken.
 */
export function hitsZip64Edge(entries: readonly LaidOutEntry[]): boolean {
  let offset = 0;
  for (const { name, size } of entries) {
    if (size === ZIP32_LIMIT || offset === ZIP32_LIMIT) return true;
    offset += 30 + Buffer.byteLength(name) + size + (size > ZIP32_LIMIT ? 24 : 16);
  }
  // The same for the end record's directory offset (the count never nears 65,535: MAX_ZIP_ITEMS).
  return offset === ZIP32_LIMIT;
}

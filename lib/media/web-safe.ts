// Which picture formats a browser can display by itself. The others (HEIC, TIFF, JPEG XL,
// camera RAW) get a full-size JPEG rendition at ingest, which the viewer's zoom shows.
const NOT_WEB_SAFE = new Set(['image/heic', 'image/heif', 'image/tiff', 'image/jxl', 'image/x-raw']);

export function isWebSafeImage(mime: string | null): boolean {
  return mime !== null && !NOT_WEB_SAFE.has(mime.toLowerCase());
}

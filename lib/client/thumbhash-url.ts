'use client';
// A thumbhash (base64, as the API sends it) as a tiny PNG data URL, cached per hash: the
// timeline turns the same hashes into placeholders again whenever tiles scroll back in.
import { thumbHashToDataURL } from 'thumbhash';

const MAX_CACHED = 20_000;
const cache = new Map<string, string | null>();

/** The data URL, or null for a damaged hash (bad base64, zero size). */
export function thumbhashDataUrl(thumbhash: string): string | null {
  let url = cache.get(thumbhash);
  if (url !== undefined) return url;
  try {
    url = thumbHashToDataURL(Uint8Array.from(atob(thumbhash), (c) => c.charCodeAt(0)));
  } catch {
    url = null;
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(thumbhash, url);
  return url;
}

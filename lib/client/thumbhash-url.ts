'use client';
// A thumbhash (base64, as the API sends it) as a tiny PNG data URL, or as its average colour,
// cached per hash: the timeline turns the same hashes into placeholders again whenever tiles
// scroll back in.
import { thumbHashToAverageRGBA, thumbHashToDataURL } from 'thumbhash';

const MAX_CACHED = 20_000;
const cache = new Map<string, string | null>();
const averages = new Map<string, string | null>();

const bytesOf = (thumbhash: string) => Uint8Array.from(atob(thumbhash), (c) => c.charCodeAt(0));

/** The data URL, or null for a damaged hash (bad base64, zero size). */
export function thumbhashDataUrl(thumbhash: string): string | null {
  let url = cache.get(thumbhash);
  if (url !== undefined) return url;
  try {
    url = thumbHashToDataURL(bytesOf(thumbhash));
  } catch {
    url = null;
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(thumbhash, url);
  return url;
}

/** The picture's average colour as CSS, or null for a damaged hash: what a tile shows while the
 * list flings past (no image to decode and paint; the hash's first bytes hold it). */
export function thumbhashAverageColour(thumbhash: string): string | null {
  let colour = averages.get(thumbhash);
  if (colour !== undefined) return colour;
  try {
    const { r, g, b } = thumbHashToAverageRGBA(bytesOf(thumbhash));
    colour = `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`;
  } catch {
    colour = null;
  }
  if (averages.size >= MAX_CACHED) averages.delete(averages.keys().next().value!);
  averages.set(thumbhash, colour);
  return colour;
}

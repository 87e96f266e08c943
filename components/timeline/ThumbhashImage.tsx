'use client';
// A thumbhash under the tile, as a tiny PNG data URL in an <img>: the browser decodes it off
// the main thread and the style stays small (a data URL as a CSS background made every style
// recalculation parse kilobytes; a canvas per tile cost a compositing layer each). URLs are
// cached per hash, so a tile scrolled back into view costs nothing.
import { memo } from 'react';
import { thumbHashToDataURL } from 'thumbhash';

const MAX_CACHED = 20_000;
const cache = new Map<string, string | null>();

function dataUrlOf(thumbhash: string): string | null {
  let url = cache.get(thumbhash);
  if (url !== undefined) return url;
  try {
    url = thumbHashToDataURL(Uint8Array.from(atob(thumbhash), (c) => c.charCodeAt(0)));
  } catch {
    url = null; // a damaged hash leaves the tile's grey background
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(thumbhash, url);
  return url;
}

export const ThumbhashImage = memo(function ThumbhashImage({ thumbhash }: { thumbhash: string }) {
  const url = dataUrlOf(thumbhash);
  if (!url) return null;
  // eslint-disable-next-line @next/next/no-img-element -- a data URL; nothing to optimise
  return <img src={url} alt="" aria-hidden="true" decoding="async" className="pointer-events-none absolute inset-0 h-full w-full" data-testid="thumbhash" />;
});

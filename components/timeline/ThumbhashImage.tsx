'use client';
// A thumbhash under the tile, as a tiny PNG data URL in an <img>: the browser decodes it off
// the main thread and the style stays small (a data URL as a CSS background made every style
// recalculation parse kilobytes; a canvas per tile cost a compositing layer each).
import { memo } from 'react';
import { thumbhashDataUrl } from '@/lib/client/thumbhash-url';

export const ThumbhashImage = memo(function ThumbhashImage({ thumbhash }: { thumbhash: string }) {
  const url = thumbhashDataUrl(thumbhash);
  if (!url) return null; // a damaged hash leaves the tile's grey background
  // eslint-disable-next-line @next/next/no-img-element -- a data URL; nothing to optimise
  return <img src={url} alt="" aria-hidden="true" decoding="async" className="pointer-events-none absolute inset-0 h-full w-full" data-testid="thumbhash" />;
});

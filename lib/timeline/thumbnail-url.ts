// The address of a tile's thumbnail, written once for the tile (components/timeline/Tile.tsx)
// and the page that preloads the first screen's (components/timeline/TimelinePage.tsx): the
// preload is used only when the addresses are identical.
// Versioned by the end of the thumbhash: a new poster (or a re-ingest that changed the picture)
// changes the thumbhash and so the URL; the route caches a URL that names the current picture
// for a year (lib/assets/serve-derived.ts).
export const timelineThumbnailUrl = (id: string, thumbhash: string | null) =>
  thumbhash ? `/api/assets/${id}/thumbnail?v=${encodeURIComponent(thumbhash.slice(-8))}` : `/api/assets/${id}/thumbnail`;

/** The month's bucket as the timeline fetches it (lib/client/timeline-queries.ts). */
export const timelineBucketUrl = (view: string, month: string) => `/api/timeline/bucket?view=${view}&month=${month}`;

// Where the browser fetches a video's preview media: by asset id, through the routes that ask
// lib/access (never a storage path). Null when the file is not made yet, so a card falls back
// to what exists (a poster only, or nothing).
const assetUrl = (id: string) => `/api/assets/${id}`;

export function videoMediaUrls(id: string, kinds: readonly string[]) {
  const has = (kind: string) => kinds.includes(kind);
  const hasSprite = has('sprite') && has('vtt');
  const hasTeaser = has('teaser_sm');
  return {
    thumbnailUrl: has('thumb') ? `${assetUrl(id)}/thumbnail` : null,
    hasSprite,
    hasTeaser,
    vttUrl: hasSprite ? `${assetUrl(id)}/vtt` : null,
    teaserUrl: hasTeaser ? `${assetUrl(id)}/teaser?size=sm` : null,
  };
}

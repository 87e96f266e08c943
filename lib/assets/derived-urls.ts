// URLs of an asset's thumbnail and preview that change when the image does: they carry the
// Derived row's creation time (`v`, which the route ignores), so a browser that cached the old
// image (max-age: a day) fetches the new one as soon as it is told the new URL — after a video's
// poster was changed, for instance.
export function thumbnailUrlOf(assetId: string, createdAt: Date, size: 'thumb' | 'preview' = 'thumb'): string {
  const v = createdAt.getTime().toString(36);
  return size === 'thumb' ? `/api/assets/${assetId}/thumbnail?v=${v}` : `/api/assets/${assetId}/thumbnail?size=preview&v=${v}`;
}

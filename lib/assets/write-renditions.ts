// Writes an asset's rendered images (thumbnail, preview and, for formats browsers cannot show,
// the full-size JPEG) to the derived store under the asset's fixed keys — each to a temp name,
// then renamed — and says which Derived rows describe them. Ingest and a video's poster change
// both end here, so the timeline, cards and viewer read the same files either way.
import type { PhotoDerivatives } from '@/lib/media/photo-derivatives';
import { putObject } from '@/lib/storage/storage';
import type { DerivedRow } from './assets.queries';

export function derivedKey(assetId: string, name: string): string {
  return `assets/${assetId.slice(0, 2)}/${assetId}/${name}`;
}

export async function writeRenditions(assetId: string, rendered: Pick<PhotoDerivatives, 'thumb' | 'preview' | 'full'>): Promise<DerivedRow[]> {
  const thumbKey = derivedKey(assetId, 'thumb.webp');
  const previewKey = derivedKey(assetId, `preview.${rendered.preview.format}`);
  const fullKey = rendered.full ? derivedKey(assetId, 'full.jpg') : null;
  await Promise.all([
    putObject(thumbKey, rendered.thumb.data),
    putObject(previewKey, rendered.preview.data),
    fullKey && rendered.full ? putObject(fullKey, rendered.full.data) : null,
  ]);
  const rows: DerivedRow[] = [
    { kind: 'thumb', storageKey: thumbKey, width: rendered.thumb.width, height: rendered.thumb.height, bytes: rendered.thumb.data.length },
    { kind: 'preview', storageKey: previewKey, width: rendered.preview.width, height: rendered.preview.height, bytes: rendered.preview.data.length },
  ];
  if (fullKey && rendered.full) rows.push({ kind: 'full', storageKey: fullKey, width: rendered.full.width, height: rendered.full.height, bytes: rendered.full.data.length });
  return rows;
}

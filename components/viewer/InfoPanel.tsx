// The viewer's info panel: when (and how we know; an edited date, its Revert and "Edit date":
// TakenDate), camera and exposure, file, place; then what the analysis found (AnalysisSection)
// and "more like this" (SimilarStrip).
import { TakenDate } from '@/components/asset-edits/TakenDate';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { PlaceSection } from '@/components/places/PlaceSection';
import { AnalysisSection } from './AnalysisSection';
import { SimilarStrip } from './SimilarStrip';

function exposureLine(e: NonNullable<AssetDetails['exposure']>): string {
  const parts = [];
  if (e.exposureTime) parts.push(e.exposureTime >= 1 ? `${e.exposureTime} s` : `1/${Math.round(1 / e.exposureTime)} s`);
  if (e.fNumber) parts.push(`f/${e.fNumber}`);
  if (e.iso) parts.push(`ISO ${e.iso}`);
  if (e.focalLength) parts.push(`${e.focalLength} mm`);
  return parts.join(' · ');
}

const sizeOf = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

export function InfoPanel({ asset, showFaces = false, onToggleFaces = () => {} }: { asset: AssetDetails; showFaces?: boolean; onToggleFaces?: () => void }) {
  const rows: [string, string][] = [];
  if (asset.camera) rows.push(['Camera', [asset.camera.make, asset.camera.model, asset.camera.lens].filter(Boolean).join(' · ')]);
  if (asset.exposure) rows.push(['Exposure', exposureLine(asset.exposure)]);
  rows.push(['File', `${asset.libraryName}: ${asset.relPath}`]);
  rows.push(['Size', `${sizeOf(asset.size)}${asset.width && asset.height ? ` · ${asset.width} × ${asset.height}` : ''}`]);
  if (asset.gps) rows.push(['GPS', `${asset.gps.latitude.toFixed(5)}, ${asset.gps.longitude.toFixed(5)}`]);
  return (
    <aside
      className="absolute inset-x-0 bottom-0 z-20 max-h-[50dvh] overflow-auto bg-neutral-900/95 p-4 text-sm sm:inset-y-0 sm:left-auto sm:max-h-none sm:w-80"
      aria-label="Information"
      data-testid="info-panel"
    >
      <dl className="space-y-3">
        <TakenDate asset={asset} />
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-neutral-400">{label}</dt>
            <dd className="break-words text-neutral-100">{value}</dd>
          </div>
        ))}
        <PlaceSection asset={asset} />
      </dl>
      <AnalysisSection assetId={asset.id} showFaces={showFaces} onToggleFaces={onToggleFaces} />
      <SimilarStrip assetId={asset.id} />
    </aside>
  );
}

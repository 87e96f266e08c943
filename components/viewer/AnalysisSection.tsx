'use client';
// The info panel's "Analysis": the palette with each colour's share, the quality score and its
// parts, the questions that passed (with their scores), the caption, and a switch that draws the
// faces on the photo with their names. Nothing is shown for what the analysis has not done yet.
import { ScanFace } from 'lucide-react';
import { useAssetAnalysis } from '@/lib/client/search-queries';
import { labelText } from '@/lib/search/label-words';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const heading = 'text-xs tracking-wide text-neutral-400 uppercase';

export function AnalysisSection({ assetId, showFaces, onToggleFaces }: { assetId: string; showFaces: boolean; onToggleFaces: () => void }) {
  const { data, isPending, error } = useAssetAnalysis(assetId, true);
  if (isPending) return <p className="mt-4 text-neutral-400">Reading the analysis…</p>;
  if (error || !data) return null;
  const nothing = !data.palette.length && data.quality === null && !data.answers.length && !data.caption && !data.faces.length;
  return (
    <section className="mt-5 space-y-3 border-t border-neutral-700 pt-4" aria-label="Analysis" data-testid="analysis">
      {nothing && <p className="text-neutral-400">Not analysed yet.</p>}
      {data.caption && (
        <div>
          <h3 className={heading}>Caption</h3>
          <p className="text-neutral-100">{data.caption}</p>
        </div>
      )}
      {data.palette.length > 0 && (
        <div>
          <h3 className={heading}>Colours{data.colourName ? ` · mostly ${data.colourName}` : ''}</h3>
          <ul className="mt-1 flex h-6 overflow-hidden rounded" aria-label="Palette">
            {data.palette.map((c) => (
              <li key={c.hex} style={{ background: c.hex, flexGrow: c.share }} title={`${c.hex} ${percent(c.share)}`} aria-label={`${c.hex}, ${percent(c.share)}`} className="min-w-2" />
            ))}
          </ul>
          <p className="mt-1 text-xs text-neutral-400">{data.palette.map((c) => `${c.hex} ${percent(c.share)}`).join(' · ')}</p>
        </div>
      )}
      {data.quality !== null && (
        <div>
          <h3 className={heading}>Quality</h3>
          <p className="text-neutral-100">
            {Math.round(data.quality)} / 100
            {data.qualityParts && <span className="text-neutral-400"> · {Object.entries(data.qualityParts).map(([part, v]) => `${part} ${percent(v)}`).join(' · ')}</span>}
          </p>
        </div>
      )}
      {data.answers.length > 0 && (
        <div>
          <h3 className={heading}>What’s in it</h3>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {data.answers.map((a) => (
              <li key={a.key} className="rounded-full bg-neutral-800 px-2 py-0.5 text-xs text-neutral-100">
                {labelText(a.key)}
                {a.score !== null && <span className="text-neutral-400"> {percent(a.score)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.faces.length > 0 && (
        <div>
          <h3 className={heading}>People</h3>
          <p className="text-neutral-100">{[...new Set(data.faces.map((f) => f.personName ?? 'Unnamed'))].join(', ')}</p>
          <button type="button" onClick={onToggleFaces} aria-pressed={showFaces} className="mt-1 flex items-center gap-1.5 rounded border border-neutral-700 px-2 py-1 text-xs hover:bg-neutral-800" data-testid="toggle-faces">
            <ScanFace aria-hidden size={14} />
            {showFaces ? 'Hide faces' : 'Show faces'} ({data.faces.length})
          </button>
        </div>
      )}
    </section>
  );
}

'use client';
// What the viewer shows instead of a broken picture: why this file cannot be shown, in the
// words ingest recorded, and what the user can do about it.
import { Download, ImageOff, LoaderCircle } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { fetchPreviewProblem } from '@/lib/client/assets-api';

type Problem = 'failed' | 'pending' | 'preview';

export function problemOf(asset: AssetDetails): Problem | null {
  if (asset.ingestStatus === 'failed') return 'failed';
  if (asset.ingestStatus === 'pending') return 'pending';
  return null;
}

/** The error the server gave for a preview that did not load (its JSON message). */
function usePreviewError(asset: AssetDetails, active: boolean): string | null {
  const { data } = useQuery({ queryKey: ['preview-problem', asset.id], queryFn: () => fetchPreviewProblem(asset.id), enabled: active });
  return data ?? null;
}

export function ViewerProblem({ asset, problem }: { asset: AssetDetails; problem: Problem }) {
  const previewError = usePreviewError(asset, problem === 'preview');
  const kind = asset.type === 'video' ? 'video' : 'photo';
  const where = `${asset.libraryName}: ${asset.relPath}`;
  const title =
    problem === 'pending' ? `This ${kind} is still being prepared` : problem === 'failed' ? 'This file could not be shown' : 'The preview could not be loaded';
  const reason =
    problem === 'pending'
      ? 'Shoebox has found the file and is making its thumbnails; it appears here and in the timeline in a moment.'
      : problem === 'failed'
        ? asset.ingestError ?? 'Shoebox could not read it.'
        : previewError ?? 'The server did not send the picture.';
  return (
    <div className="flex h-full items-center justify-center px-16 py-6" data-testid="viewer-problem" role="status">
      <div className="max-w-md text-center">
        {problem === 'pending' ? (
          <LoaderCircle aria-hidden className="mx-auto mb-4 animate-spin text-neutral-400" size={48} />
        ) : (
          <ImageOff aria-hidden className="mx-auto mb-4 text-neutral-400" size={48} />
        )}
        <h2 className="text-lg font-semibold">{title}</h2>
        <p className="mt-2 text-neutral-200">{reason}</p>
        {problem !== 'pending' && (
          <>
            <p className="mt-4 text-sm text-neutral-300">
              The original is untouched in <span className="font-mono [overflow-wrap:anywhere]">{where}</span>. You can download it and open it
              with another program; if it is damaged, put a good copy in its place and scan the library again.
            </p>
            <a
              href={`/api/assets/${asset.id}/original`}
              download
              className="mt-4 inline-flex items-center gap-2 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-600"
            >
              <Download aria-hidden size={16} />
              Download the original
            </a>
          </>
        )}
      </div>
    </div>
  );
}

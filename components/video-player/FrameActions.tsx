'use client';
// The frame on screen: the owner may make it the video's poster (its thumbnail everywhere);
// anyone who sees the video may download it as a JPEG (GET /api/assets/:id/frame?t=).
import { Camera, ImageDown } from 'lucide-react';
import { frameUrl } from '@/lib/client/videos-api';
import { usePlayerController } from './use-player';

const button = 'flex items-center gap-1.5 rounded-md border border-neutral-700 px-2.5 py-1.5 text-sm hover:bg-white/10 disabled:opacity-60';

interface Props {
  canEdit: boolean;
  onPoster: (seconds: number) => void;
  posterPending: boolean;
  posterDone: boolean;
}

export function FrameActions({ canEdit, onPoster, posterPending, posterDone }: Props) {
  const controller = usePlayerController();
  const now = () => Math.round(controller.time() * 1000) / 1000;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canEdit && (
        <button type="button" className={button} onClick={() => onPoster(now())} disabled={posterPending} data-testid="use-as-poster">
          <Camera aria-hidden size={18} /> Use this frame as poster
        </button>
      )}
      <button
        type="button"
        className={button}
        data-testid="save-frame"
        onClick={() => {
          // The answer is an attachment: the browser saves it and the page stays.
          const link = document.createElement('a');
          link.href = frameUrl(controller.options.assetId, now());
          link.download = '';
          link.click();
        }}
      >
        <ImageDown aria-hidden size={18} /> Save this frame
      </button>
      {posterDone && (
        <span role="status" className="text-sm text-green-400">
          Poster updated.
        </span>
      )}
    </div>
  );
}

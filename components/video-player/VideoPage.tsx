'use client';
// The video page under the server's first render: one PlayerController for the page (the
// player, and everything that seeks or reads the time), play reports, then the player, what
// this user thinks of the video, markers, finish points, comments and the facts.
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { useVideoInteractions } from '@/lib/client/video-queries';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import type { PlayerChapter } from './chapters';
import { Comments } from './Comments';
import { FinishPoints } from './FinishPoints';
import { MarkerPanel } from './MarkerPanel';
import { Player } from './Player';
import { PlayerController } from './player-controller';
import { ReactionBar } from './ReactionBar';
import { PlayerContext } from './use-player';
import { usePlayReports } from './use-play-reports';
import { VideoInfo } from './VideoInfo';

interface Props {
  details: AssetDetails;
  interactions: VideoInteractions;
}

/** Resume where this user left off, unless that is the very end (then from the start). */
function startOf(resumeAt: number | null, durationMs: number | null): number {
  if (!resumeAt || resumeAt < 1) return 0;
  return durationMs && resumeAt >= (durationMs / 1000) * 0.98 ? 0 : resumeAt;
}

export function VideoPage({ details, interactions: initial }: Props) {
  const router = useRouter();
  const [controller] = useState(
    () => new PlayerController({ assetId: details.id, durationSeconds: details.durationMs ? details.durationMs / 1000 : null, startAt: startOf(initial.resumeAt, details.durationMs), fps: null }),
  );
  usePlayReports(controller);
  const { data: interactions = initial } = useVideoInteractions(details.id, initial);
  const chapters: PlayerChapter[] = [];
  const duration = details.durationMs ? details.durationMs / 1000 : 0;
  const title = details.fileName;

  return (
    <PlayerContext.Provider value={controller}>
      <main className="mx-auto max-w-7xl px-0 pb-10 sm:px-4" data-testid="video-page" data-asset-id={details.id}>
        <div className="flex items-center gap-2 px-2 py-2 sm:px-0">
          <Link
            href="/videos"
            className="flex items-center gap-1 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-white/10"
            onClick={(e) => {
              // Back to where the user came from (the catalogue's scroll place) when it was us.
              if (e.ctrlKey || e.metaKey || e.shiftKey || window.history.length < 2 || !document.referrer.startsWith(window.location.origin)) return;
              e.preventDefault();
              router.back();
            }}
          >
            <ArrowLeft aria-hidden size={18} /> Videos
          </Link>
          <h1 className="min-w-0 flex-1 truncate text-lg font-semibold" data-testid="video-title">
            {title}
          </h1>
        </div>
        <Player chapters={chapters} markers={interactions.markers} title={title} />
        <div className="mt-3 grid gap-3 px-2 sm:px-0 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="grid content-start gap-3">
            <ReactionBar assetId={details.id} interactions={interactions} />
            <MarkerPanel assetId={details.id} markers={interactions.markers} />
            <Comments assetId={details.id} comments={interactions.comments} duration={duration} />
          </div>
          <div className="grid content-start gap-3">
            <FinishPoints points={interactions.finishPoints} />
            <VideoInfo details={details} />
          </div>
        </div>
      </main>
    </PlayerContext.Provider>
  );
}

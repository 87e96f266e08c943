'use client';
// The video page under the server's first render: one PlayerController for the page (the
// player, and everything that seeks or reads the time), play reports, then the title, the
// player, what this user thinks of the video, the frame actions, markers, comments, chapters,
// finish points and the facts.
import { useMemo, useState, type ReactNode } from 'react';
import { ClipMaker } from '@/components/clips/ClipMaker';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import type { ChapterView } from '@/lib/chapters/chapters.schemas';
import { useAssetDetails } from '@/lib/client/timeline-queries';
import { useAddChapter, useChapters, useRemoveChapter, useSetPoster, useVideoInteractions } from '@/lib/client/video-queries';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import { ChapterPanel } from './ChapterPanel';
import { Comments } from './Comments';
import { FinishPoints } from './FinishPoints';
import { FrameActions } from './FrameActions';
import { MarkerPanel } from './MarkerPanel';
import { PlayConsent } from './PlayConsent';
import { Player } from './Player';
import { PlayerController } from './player-controller';
import { ReactionBar } from './ReactionBar';
import { PlayerContext } from './use-player';
import { usePlayReports } from './use-play-reports';
import { VideoHeading } from './VideoHeading';
import { VideoInfo } from './VideoInfo';

interface Props {
  details: AssetDetails;
  interactions: VideoInteractions;
  chapters: ChapterView[];
  /** The Organise panel (performers, studio, tags), rendered by the page with its first data. */
  organise?: ReactNode;
  /** Safe-for-work previews are on: the player stays covered and still until "Play?" is answered. */
  askBeforePlaying?: boolean;
  /** Server-rendered panels for the side column (the file's copies and hash, lib/duplicates). */
  sidePanels?: ReactNode;
}

/** Resume where this user left off, unless that is the very end (then from the start). */
function startOf(resumeAt: number | null, durationMs: number | null): number {
  if (!resumeAt || resumeAt < 1) return 0;
  return durationMs && resumeAt >= (durationMs / 1000) * 0.98 ? 0 : resumeAt;
}

export function VideoPage({ details: initialDetails, interactions: initial, chapters: initialChapters, organise, askBeforePlaying = false, sidePanels }: Props) {
  const id = initialDetails.id;
  const [controller] = useState(
    () =>
      new PlayerController({
        assetId: id,
        durationSeconds: initialDetails.durationMs ? initialDetails.durationMs / 1000 : null,
        startAt: startOf(initial.resumeAt, initialDetails.durationMs),
        fps: initialDetails.video?.fps ?? null,
        autoplay: !askBeforePlaying,
      }),
  );
  usePlayReports(controller);
  const { data: details = initialDetails } = useAssetDetails(id, initialDetails);
  const { data: interactions = initial } = useVideoInteractions(id, initial);
  const { data: chapters = initialChapters } = useChapters(id, initialChapters);
  const addChapter = useAddChapter(id);
  const removeChapter = useRemoveChapter(id);
  const poster = useSetPoster(id);
  const playerChapters = useMemo(() => chapters.map(({ id, seconds, title }) => ({ id, seconds, title })), [chapters]);
  const duration = details.durationMs ? details.durationMs / 1000 : 0;
  const title = details.title ?? details.fileName;

  return (
    <PlayerContext.Provider value={controller}>
      <main className="mx-auto max-w-7xl px-0 pb-10 sm:px-4" data-testid="video-page" data-asset-id={id}>
        <VideoHeading details={details} />
        <PlayConsent asking={askBeforePlaying} title={title} onPlay={() => controller.play()}>
          <Player chapters={playerChapters} markers={interactions.markers} title={title} />
        </PlayConsent>
        <div className="mt-3 grid gap-3 px-2 sm:px-0 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="grid min-w-0 content-start gap-3">
            <ReactionBar assetId={id} interactions={interactions} />
            <FrameActions canEdit={details.canEdit} onPoster={(seconds) => poster.mutate(seconds)} posterPending={poster.isPending} posterDone={poster.isSuccess} />
            {poster.error && (
              <p role="alert" className="text-sm text-red-400">
                {poster.error.message}
              </p>
            )}
            <ClipMaker assetId={id} duration={duration} />
            <MarkerPanel assetId={id} markers={interactions.markers} />
            <Comments assetId={id} comments={interactions.comments} duration={duration} />
          </div>
          <div className="grid min-w-0 content-start gap-3">
            {organise}
            <ChapterPanel
              chapters={chapters}
              onAdd={(input, done) => addChapter.mutate(input, { onSuccess: done })}
              onRemove={(chapterId) => removeChapter.mutate(chapterId)}
              pending={addChapter.isPending}
              error={(addChapter.error ?? removeChapter.error)?.message ?? null}
            />
            <FinishPoints points={interactions.finishPoints} />
            <VideoInfo details={details} />
            {sidePanels}
          </div>
        </div>
      </main>
    </PlayerContext.Provider>
  );
}

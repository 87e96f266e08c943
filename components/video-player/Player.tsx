'use client';
// The player: the <video> (its source set by the PlayerController: the file itself, or a live
// remux/transcode reloaded at ?start= on seeks), subtitle <track>s, what covers the picture
// while it loads, waits for a click, or failed, and the control bar. Click the picture to play
// or pause, double-click for full screen; keys in use-player-keys.ts.
import { LoaderCircle, Play, RotateCcw } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSubtitleTracks } from '@/lib/client/video-queries';
import type { MarkerView } from '@/lib/interactions/interactions.schemas';
import type { PlayerChapter } from './chapters';
import { Controls } from './Controls';
import { KeyboardHelp } from './KeyboardHelp';
import { usePlayerController, usePlayerState } from './use-player';
import { usePlayerKeys } from './use-player-keys';

interface Props {
  chapters: PlayerChapter[];
  markers: MarkerView[];
  title: string;
}

export function Player({ chapters, markers, title }: Props) {
  const controller = usePlayerController();
  const { paused, waiting, blocked, error, live, fullscreen } = usePlayerState();
  const video = useRef<HTMLVideoElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const [subtitle, setSubtitle] = useState<string | null>(null);
  const { data: tracks = [] } = useSubtitleTracks(controller.options.assetId);
  const openHelp = useCallback(() => setHelp(true), []);
  const chapterStarts = useMemo(() => chapters.map((c) => c.seconds), [chapters]);
  usePlayerKeys(controller, chapterStarts, openHelp);

  useEffect(() => controller.attach(video.current!, container.current!), [controller]);

  // Show the chosen track; cues of a track load only once it is not disabled, then they are
  // moved onto a live stream's clock.
  useEffect(() => {
    const element = video.current!;
    const trackElements = Array.from(element.querySelectorAll('track'));
    trackElements.forEach((t) => {
      t.track.mode = t.dataset.trackId === subtitle ? 'showing' : 'disabled';
    });
    const align = () => controller.alignTextTracks();
    trackElements.forEach((t) => t.addEventListener('load', align));
    return () => trackElements.forEach((t) => t.removeEventListener('load', align));
  }, [controller, subtitle, tracks]);

  return (
    <div ref={container} className={`flex flex-col bg-black ${fullscreen ? 'h-full' : ''}`} data-testid="player" data-playback={live === null ? 'unknown' : live ? 'live' : 'direct'}>
      <div className={`relative flex min-h-0 items-center justify-center ${fullscreen ? 'flex-1' : 'aspect-video max-h-[70dvh] w-full'}`}>
        <video
          ref={video}
          playsInline
          preload="auto"
          className="h-full w-full object-contain"
          onClick={() => controller.togglePlay()}
          onDoubleClick={() => controller.toggleFullscreen()}
          aria-label={title}
          data-testid="video"
        >
          {tracks.map((t) => (
            <track key={t.id} kind="subtitles" src={t.url} srcLang={t.language ?? undefined} label={t.label} data-track-id={t.id} />
          ))}
        </video>
        {waiting && !error && !blocked && (
          <LoaderCircle aria-hidden size={48} className="pointer-events-none absolute animate-spin text-white/80" data-testid="player-loading" />
        )}
        {blocked && paused && !error && (
          <button type="button" onClick={() => controller.play()} className="absolute flex h-20 w-20 items-center justify-center rounded-full bg-black/60 text-white hover:bg-black/80" aria-label="Play">
            <Play aria-hidden size={40} />
          </button>
        )}
        {error && (
          <div role="alert" className="absolute inset-x-4 flex flex-col items-center gap-3 rounded bg-black/80 p-4 text-center text-sm text-neutral-100">
            {error}
            <button type="button" onClick={() => controller.retry()} className="flex items-center gap-2 rounded bg-sky-700 px-3 py-1.5 font-medium hover:bg-sky-600">
              <RotateCcw aria-hidden size={16} /> Try again
            </button>
          </div>
        )}
      </div>
      <Controls chapters={chapters} markers={markers} tracks={tracks} subtitle={subtitle} onSubtitle={setSubtitle} onHelp={openHelp} />
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

'use client';
// The control bar under the picture: progress bar, then play/pause, volume, the time, and on
// the right chapters, subtitles, speed, the keyboard help and full screen. Fits a 390 px phone
// (the volume slider and the help button show from the sm breakpoint; phones use their keys).
import { Keyboard, Maximize, Minimize, Pause, Play, Volume1, Volume2, VolumeX } from 'lucide-react';
import type { SubtitleTrack } from '@/lib/assets/playback.schemas';
import type { MarkerView } from '@/lib/interactions/interactions.schemas';
import { ChapterMenu } from './ChapterMenu';
import type { PlayerChapter } from './chapters';
import { formatPosition } from './format-time';
import { controlButton } from './Popover';
import { ProgressBar } from './ProgressBar';
import { SpeedMenu } from './SpeedMenu';
import { SubtitleMenu } from './SubtitleMenu';
import { usePlayerController, usePlayerState } from './use-player';

interface Props {
  chapters: PlayerChapter[];
  markers: MarkerView[];
  tracks: SubtitleTrack[];
  subtitle: string | null;
  onSubtitle: (id: string | null) => void;
  onHelp: () => void;
}

export function Controls({ chapters, markers, tracks, subtitle, onSubtitle, onHelp }: Props) {
  const controller = usePlayerController();
  const { paused, time, duration, volume, muted, fullscreen } = usePlayerState();
  const VolumeIcon = muted || volume === 0 ? VolumeX : volume < 0.5 ? Volume1 : Volume2;
  return (
    <div className="bg-neutral-900 px-2 pb-1 sm:px-3" data-testid="player-controls">
      <ProgressBar chapters={chapters} markers={markers} />
      <div className="flex items-center gap-0.5 sm:gap-1">
        <button type="button" className={controlButton} onClick={() => controller.togglePlay()} aria-label={paused ? 'Play' : 'Pause'} data-testid="play-pause">
          {paused ? <Play aria-hidden size={20} /> : <Pause aria-hidden size={20} />}
        </button>
        <button type="button" className={controlButton} onClick={() => controller.toggleMute()} aria-label={muted ? 'Unmute' : 'Mute'} aria-pressed={muted}>
          <VolumeIcon aria-hidden size={20} />
        </button>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={muted ? 0 : volume}
          onChange={(e) => controller.setVolume(Number(e.target.value))}
          aria-label="Volume"
          className="hidden w-20 accent-sky-400 sm:block"
        />
        <span className="ml-1 text-xs whitespace-nowrap text-neutral-200 tabular-nums sm:text-sm" data-testid="player-time">
          {formatPosition(time, duration)}
        </span>
        <span className="flex-1" />
        <ChapterMenu chapters={chapters} />
        <SubtitleMenu tracks={tracks} selected={subtitle} onSelect={onSubtitle} />
        <SpeedMenu />
        <button type="button" className={`${controlButton} hidden sm:flex`} onClick={onHelp} aria-label="Keyboard shortcuts">
          <Keyboard aria-hidden size={20} />
        </button>
        <button type="button" className={controlButton} onClick={() => controller.toggleFullscreen()} aria-label={fullscreen ? 'Exit full screen' : 'Full screen'}>
          {fullscreen ? <Minimize aria-hidden size={20} /> : <Maximize aria-hidden size={20} />}
        </button>
      </div>
    </div>
  );
}

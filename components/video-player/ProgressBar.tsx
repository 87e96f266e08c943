'use client';
// The progress bar: a slider over the video's real length (also for a live stream), with
// chapter boundaries, marker ticks, and the sprite tile of the time under the pointer while
// hovering or dragging. Dragging previews; letting go seeks once (a live stream reloads once,
// not on every pixel). Keys: the page's ←/→ and Home/End.
import { useRef, useState } from 'react';
import type { MarkerView } from '@/lib/interactions/interactions.schemas';
import { chapterAt, type PlayerChapter } from './chapters';
import { spokenClock } from './format-time';
import { cueAt } from './sprite-vtt';
import { SpritePreview } from './SpritePreview';
import { usePlayerController, usePlayerState } from './use-player';
import { useSpriteCues } from './use-sprite-cues';

interface Props {
  chapters: PlayerChapter[];
  markers: MarkerView[];
}

const pct = (seconds: number, duration: number) => `${duration > 0 ? Math.min(100, Math.max(0, (seconds / duration) * 100)) : 0}%`;

export function ProgressBar({ chapters, markers }: Props) {
  const controller = usePlayerController();
  const { time, duration } = usePlayerState();
  const cues = useSpriteCues(controller.options.assetId);
  const bar = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ left: number; width: number; time: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const at = (clientX: number) => {
    const box = bar.current!.getBoundingClientRect();
    const left = Math.min(Math.max(0, clientX - box.left), box.width);
    return { left, width: box.width, time: box.width > 0 ? (left / box.width) * duration : 0 };
  };
  const shown = dragging && hover ? hover.time : time;

  return (
    <div
      ref={bar}
      role="slider"
      tabIndex={0}
      aria-label="Seek"
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(shown)}
      aria-valuetext={`${spokenClock(shown)} of ${spokenClock(duration)}`}
      data-testid="progress-bar"
      className="group relative flex h-6 cursor-pointer touch-none items-center outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      onPointerMove={(e) => setHover(at(e.clientX))}
      onPointerLeave={() => !dragging && setHover(null)}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setDragging(true);
        setHover(at(e.clientX));
      }}
      onPointerUp={(e) => {
        if (!dragging) return;
        setDragging(false);
        controller.seek(at(e.clientX).time);
        if (e.pointerType !== 'mouse') setHover(null);
      }}
      onPointerCancel={() => {
        setDragging(false);
        setHover(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Home' || e.key === 'End') {
          e.preventDefault();
          controller.seek(e.key === 'Home' ? 0 : duration);
        }
      }}
    >
      <div className="relative h-1.5 w-full overflow-hidden rounded-full bg-white/25 group-hover:h-2.5">
        <div className="absolute inset-y-0 left-0 bg-sky-400" style={{ width: pct(shown, duration) }} />
        {chapters.filter((c) => c.seconds > 0).map((c) => (
          <div key={c.id} className="absolute inset-y-0 w-0.5 bg-neutral-950" style={{ left: pct(c.seconds, duration) }} data-testid="chapter-tick" />
        ))}
        {markers.map((m) => (
          <div
            key={m.id}
            className="absolute inset-y-0 min-w-1 bg-amber-300"
            style={{ left: pct(m.seconds, duration), width: m.endSeconds != null ? pct(m.endSeconds - m.seconds, duration) : undefined }}
            data-testid="marker-tick"
          />
        ))}
      </div>
      <div className="pointer-events-none absolute h-3 w-3 -translate-x-1/2 rounded-full bg-white shadow" style={{ left: pct(shown, duration) }} />
      {hover && duration > 0 && (
        <SpritePreview cue={cueAt(cues, hover.time)} time={hover.time} left={hover.left} barWidth={hover.width} chapter={chapterAt(chapters, hover.time)?.title ?? null} />
      )}
    </div>
  );
}

// The tile of the seek sprite at the time under the pointer, with that time and the chapter,
// floating above the progress bar. `left` is the pointer's place along the bar in pixels; the
// box stays inside the bar's width.
import { formatClock } from './format-time';
import type { SpriteCue } from './sprite-vtt';

interface Props {
  cue: SpriteCue | null;
  time: number;
  left: number;
  barWidth: number;
  chapter: string | null;
}

export function SpritePreview({ cue, time, left, barWidth, chapter }: Props) {
  const width = cue ? cue.width : 64;
  const x = Math.min(Math.max(0, left - width / 2), Math.max(0, barWidth - width));
  return (
    <div className="pointer-events-none absolute bottom-full mb-3 flex flex-col items-center gap-1" style={{ left: x, width }} data-testid="scrub-preview" aria-hidden>
      {cue && (
        <div
          className="rounded border border-white/70 bg-black shadow-lg"
          data-testid="scrub-preview-tile"
          style={{ width: cue.width, height: cue.height, backgroundImage: `url("${cue.url}")`, backgroundPosition: `-${cue.x}px -${cue.y}px`, backgroundRepeat: 'no-repeat' }}
        />
      )}
      {chapter && <span className="max-w-full truncate rounded bg-black/80 px-1.5 text-xs text-neutral-100">{chapter}</span>}
      <span className="rounded bg-black/80 px-1.5 text-xs tabular-nums text-white">{formatClock(time)}</span>
    </div>
  );
}

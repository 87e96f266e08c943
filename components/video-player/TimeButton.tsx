'use client';
// A time that seeks the player when pressed (lists of markers, chapters, finish points, and
// times written in comments).
import { formatClock, spokenClock } from './format-time';
import { usePlayerController } from './use-player';

export function TimeButton({ seconds, label, className = '' }: { seconds: number; label?: string; className?: string }) {
  const controller = usePlayerController();
  return (
    <button
      type="button"
      onClick={() => controller.seek(seconds)}
      aria-label={`Jump to ${spokenClock(seconds)}`}
      className={`rounded font-mono text-sky-300 tabular-nums underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-400 ${className}`}
      data-testid="time-link"
      data-seconds={seconds}
    >
      {label ?? formatClock(seconds)}
    </button>
  );
}

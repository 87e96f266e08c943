'use client';
// Playback speed, from a quarter to double.
import { Choice, Popover } from './Popover';
import { usePlayerController, usePlayerState } from './use-player';

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

export function SpeedMenu() {
  const controller = usePlayerController();
  const { rate } = usePlayerState();
  return (
    <Popover
      label="Playback speed"
      namedByFace
      face={
        <span className="text-xs font-semibold tabular-nums">
          <span className="sr-only">Playback speed </span>
          {rate}×
        </span>
      }
      testId="speed-menu"
    >
      {SPEEDS.map((speed) => (
        <Choice key={speed} selected={speed === rate} onSelect={() => controller.setRate(speed)}>
          {speed === 1 ? 'Normal' : `${speed}×`}
        </Choice>
      ))}
    </Popover>
  );
}

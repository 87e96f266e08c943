// The player's keyboard map, in one table: the key handler (use-player-keys.ts) and the help
// dialog (KeyboardHelp.tsx) both read it, so the help never lists a key that does nothing.

export type PlayerAction =
  | { kind: 'toggle' }
  | { kind: 'seekBy'; seconds: number }
  | { kind: 'volumeBy'; delta: number }
  | { kind: 'fullscreen' }
  | { kind: 'mute' }
  | { kind: 'fraction'; fraction: number }
  | { kind: 'frame'; direction: 1 | -1 }
  | { kind: 'random' }
  | { kind: 'chapter'; direction: 1 | -1 }
  | { kind: 'help' };

export const KEY_HELP: [keys: string, what: string][] = [
  ['Space or K', 'Play or pause'],
  ['J / L', 'Back / forward 10 seconds'],
  ['← / →', 'Back / forward 5 seconds'],
  ['↑ / ↓', 'Volume up / down'],
  ['M', 'Mute or unmute'],
  ['F', 'Full screen'],
  ['0 – 9', 'Jump to 0 % – 90 % of the video'],
  [', / .', 'One frame back / forward (while paused)'],
  ['R', 'Jump to a random time'],
  ['Shift+← / Shift+→, Page Up / Page Down', 'Previous / next chapter'],
  ['?', 'Show this list'],
];

/** The action of a key press, or null when the player leaves the key alone. */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): PlayerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key;
  if (e.shiftKey && key === 'ArrowLeft') return { kind: 'chapter', direction: -1 };
  if (e.shiftKey && key === 'ArrowRight') return { kind: 'chapter', direction: 1 };
  if (/^[0-9]$/.test(key)) return { kind: 'fraction', fraction: Number(key) / 10 };
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case ' ':
    case 'k':
      return { kind: 'toggle' };
    case 'j':
      return { kind: 'seekBy', seconds: -10 };
    case 'l':
      return { kind: 'seekBy', seconds: 10 };
    case 'ArrowLeft':
      return { kind: 'seekBy', seconds: -5 };
    case 'ArrowRight':
      return { kind: 'seekBy', seconds: 5 };
    case 'ArrowUp':
      return { kind: 'volumeBy', delta: 0.1 };
    case 'ArrowDown':
      return { kind: 'volumeBy', delta: -0.1 };
    case 'f':
      return { kind: 'fullscreen' };
    case 'm':
      return { kind: 'mute' };
    case ',':
      return { kind: 'frame', direction: -1 };
    case '.':
      return { kind: 'frame', direction: 1 };
    case 'r':
      return { kind: 'random' };
    case 'PageUp':
      return { kind: 'chapter', direction: -1 };
    case 'PageDown':
      return { kind: 'chapter', direction: 1 };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}

/** The chapter start to jump to: the next one after `time`, or the previous one (restarting the
 * current chapter first when more than 3 s into it, as music players do). */
export function chapterTarget(starts: number[], time: number, direction: 1 | -1): number | null {
  const sorted = [...starts].sort((a, b) => a - b);
  if (direction === 1) return sorted.find((s) => s > time + 0.5) ?? null;
  const before = sorted.filter((s) => s < time - 3);
  return before.length ? before[before.length - 1] : sorted.length && time > 3 ? 0 : null;
}

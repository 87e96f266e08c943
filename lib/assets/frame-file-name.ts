// The name a saved frame gets: the video's name without its extension, then the time —
// `clip-01-15.jpg` at 75.4 s, `clip-1-02-03.jpg` past an hour (no colons: not every file system takes them).
import path from 'node:path';

export function frameFileName(relPath: string, seconds: number): string {
  const s = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const stamp = h > 0 ? `${h}-${two(m)}-${two(sec)}` : `${two(m)}-${two(sec)}`;
  return `${path.posix.parse(relPath).name}-${stamp}.jpg`;
}

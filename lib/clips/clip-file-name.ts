// The name a downloaded clip gets: the video's name, then the range —
// `Holiday-01-15-01-30.gif` for 75.4 s to 90 s (h-mm-ss past an hour; no colons: not every file
// system takes them). Non-ASCII names survive through Content-Disposition's filename*.
const stamp = (seconds: number) => {
  const s = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h > 0 ? `${h}-${two(m)}-${two(sec)}` : `${two(m)}-${two(sec)}`;
};

export function clipFileName(videoName: string, start: number, end: number, format: string): string {
  const name = videoName.replace(/[/\\\u0000-\u001f]/g, '_').trim().slice(0, 120) || 'clip';
  return `${name}-${stamp(start)}-${stamp(end)}.${format}`;
}

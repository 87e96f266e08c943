// The seek sprite's WebVTT (GET /api/assets/:id/vtt): one cue per tile, its text the sprite's
// URL with a media fragment `#xywh=x,y,w,h`. Parsed here so the progress bar can show the tile
// of the time under the pointer. Tolerant: cues without a #xywh, identifiers, notes and CRLF
// are skipped or accepted, like a browser's own WebVTT parser would.

export interface SpriteCue {
  start: number;
  end: number;
  /** The sprite image, without the fragment; relative URLs stay relative to `base`. */
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** 01:02:03.456, 02:03.456 or 02:03 → seconds. */
export function parseVttTimestamp(text: string): number | null {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const fraction = m[4] ? Number(m[4].padEnd(3, '0')) / 1000 : 0;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + fraction;
}

export function parseSpriteVtt(text: string, base: string): SpriteCue[] {
  const cues: SpriteCue[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0 || !lines[timing + 1]) continue;
    const [from, to] = lines[timing].split('-->').map((s) => s.trim().split(/\s+/)[0]);
    const start = parseVttTimestamp(from);
    const end = parseVttTimestamp(to);
    const target = lines[timing + 1].trim();
    const hash = target.lastIndexOf('#xywh=');
    if (start === null || end === null || hash < 0) continue;
    const box = target.slice(hash + 6).split(',').map(Number);
    if (box.length !== 4 || box.some((n) => !Number.isFinite(n) || n < 0)) continue;
    const url = resolveUrl(target.slice(0, hash), base);
    cues.push({ start, end, url, x: box[0], y: box[1], width: box[2], height: box[3] });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** A path stays a path (same origin); a relative name resolves against the VTT's own URL. */
function resolveUrl(target: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return target;
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  return `${dir}${target}`;
}

/** The tile shown at `seconds`: the cue that covers it, else the nearest before it (or the first). */
export function cueAt(cues: SpriteCue[], seconds: number): SpriteCue | null {
  if (cues.length === 0) return null;
  let lo = 0;
  let hi = cues.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cues[mid].start <= seconds) lo = mid;
    else hi = mid - 1;
  }
  return cues[lo];
}

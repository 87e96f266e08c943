// The seek sprite's WebVTT read back into tiles: each cue is a time range and a rectangle of
// the sheet (`…/sprite#xywh=x,y,w,h`, docs/videos.md). A card's scrub shows the tile of the
// time under the pointer.
export interface SpriteCue {
  start: number;
  end: number;
  /** The sheet's URL, without the #xywh fragment. */
  url: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SpriteSheet {
  cues: SpriteCue[];
  /** The whole sheet's size: the outer edge of its tiles. */
  width: number;
  height: number;
}

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

function seconds(text: string): number | null {
  const m = TIME.exec(text.trim());
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

export function parseSpriteVtt(text: string): SpriteSheet {
  const cues: SpriteCue[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n').filter(Boolean);
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0 || !lines[timing + 1]) continue;
    const [from, to] = lines[timing].split('-->');
    const start = seconds(from);
    const end = seconds(to.trim().split(/\s+/)[0]);
    const target = /^(.*)#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(lines[timing + 1].trim());
    if (start === null || end === null || !target) continue;
    const [x, y, w, h] = target.slice(2).map(Number);
    cues.push({ start, end, url: target[1], x, y, w, h });
  }
  return {
    cues,
    width: Math.max(0, ...cues.map((c) => c.x + c.w)),
    height: Math.max(0, ...cues.map((c) => c.y + c.h)),
  };
}

/** The cue showing `time` (seconds): the last that starts at or before it, else the first. */
export function cueAt(cues: readonly SpriteCue[], time: number): SpriteCue | null {
  let lo = 0;
  let hi = cues.length - 1;
  let found = cues.length ? 0 : -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : cues[found];
}

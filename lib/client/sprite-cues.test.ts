import { describe, expect, it } from 'vitest';
import { renderSpriteVtt, spriteCues, planSprite } from '@/lib/videos/sprite-plan';
import { cueAt, parseSpriteVtt } from './sprite-cues';

describe('sprite cues', () => {
  it('reads back the WebVTT the video:media job writes: times, rectangles and the sheet size', () => {
    const plan = planSprite(65, 1920, 1080, []);
    const written = spriteCues(plan, 65);
    const sheet = parseSpriteVtt(renderSpriteVtt(written, '/api/assets/abc/sprite'));
    expect(sheet.cues).toHaveLength(written.length);
    expect(sheet.cues[0]).toEqual({ start: 0, end: written[0].endS, url: '/api/assets/abc/sprite', x: 0, y: 0, w: written[0].width, h: written[0].height });
    expect(sheet.cues.at(-1)!.end).toBeCloseTo(65, 3);
    expect(sheet.width).toBe(Math.max(...written.map((c) => c.x + c.width)));
    expect(sheet.height).toBe(Math.max(...written.map((c) => c.y + c.height)));
  });

  it('accepts minutes-only times and CRLF, and skips blocks that are not tiles', () => {
    const vtt = 'WEBVTT\r\n\r\nNOTE made by hand\r\n\r\n00:00.000 --> 00:02.500\r\nsheet.jpg#xywh=0,0,160,90\r\n\r\n1\r\n00:02.500 --> 01:00:05.000 align:start\r\nsheet.jpg#xywh=160,0,160,90\r\n';
    const { cues, width, height } = parseSpriteVtt(vtt);
    expect(cues.map((c) => [c.start, c.end, c.x])).toEqual([[0, 2.5, 0], [2.5, 3605, 160]]);
    expect([width, height]).toEqual([320, 90]);
  });

  it('finds the tile for a time, clamping before the first and after the last', () => {
    const { cues } = parseSpriteVtt('WEBVTT\n\n00:00.000 --> 00:01.000\ns#xywh=0,0,1,1\n\n00:01.000 --> 00:02.000\ns#xywh=1,0,1,1\n\n00:02.000 --> 00:03.000\ns#xywh=2,0,1,1\n');
    expect([-1, 0, 0.99, 1, 2.5, 99].map((t) => cueAt(cues, t)!.x)).toEqual([0, 0, 0, 1, 2, 2]);
    expect(cueAt([], 1)).toBeNull();
  });
});

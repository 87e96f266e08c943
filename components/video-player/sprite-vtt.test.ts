import { describe, expect, it } from 'vitest';
import { cueAt, parseSpriteVtt, parseVttTimestamp } from './sprite-vtt';

const VTT = `WEBVTT

00:00:00.000 --> 00:00:02.250
/api/assets/abc/sprite#xywh=0,0,160,90

00:00:02.250 --> 00:00:04.500
/api/assets/abc/sprite#xywh=160,0,160,90

00:00:04.500 --> 00:01:05.000
/api/assets/abc/sprite#xywh=320,90,160,90
`;

describe('parseSpriteVtt', () => {
  it('reads each cue’s times and #xywh box', () => {
    const cues = parseSpriteVtt(VTT, '/api/assets/abc/vtt');
    expect(cues).toEqual([
      { start: 0, end: 2.25, url: '/api/assets/abc/sprite', x: 0, y: 0, width: 160, height: 90 },
      { start: 2.25, end: 4.5, url: '/api/assets/abc/sprite', x: 160, y: 0, width: 160, height: 90 },
      { start: 4.5, end: 65, url: '/api/assets/abc/sprite', x: 320, y: 90, width: 160, height: 90 },
    ]);
  });

  it('accepts CRLF, cue identifiers, settings, short timestamps and relative sprite names', () => {
    const text = 'WEBVTT\r\n\r\nNOTE made by hand\r\n\r\n1\r\n01:00.500 --> 01:02 align:start\r\nsprite.jpg#xywh=10,20,30,40\r\n';
    expect(parseSpriteVtt(text, '/media/x/thumbs.vtt')).toEqual([{ start: 60.5, end: 62, url: '/media/x/sprite.jpg', x: 10, y: 20, width: 30, height: 40 }]);
  });

  it('skips cues without a usable box', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:01.000\nsprite.jpg\n\n00:01.000 --> 00:02.000\nsprite.jpg#xywh=1,2,3\n\n00:02.000 --> 00:03.000\nsprite.jpg#xywh=a,b,c,d\n';
    expect(parseSpriteVtt(text, '/v.vtt')).toEqual([]);
  });

  it('parses timestamps with and without hours', () => {
    expect(parseVttTimestamp('01:02:03.456')).toBeCloseTo(3723.456);
    expect(parseVttTimestamp('02:03.4')).toBeCloseTo(123.4);
    expect(parseVttTimestamp('nope')).toBeNull();
  });
});

describe('cueAt', () => {
  const cues = parseSpriteVtt(VTT, '/api/assets/abc/vtt');
  it('finds the tile covering a time, clamping before the first and after the last', () => {
    expect(cueAt(cues, 0)?.x).toBe(0);
    expect(cueAt(cues, 2.3)?.x).toBe(160);
    expect(cueAt(cues, 30)?.x).toBe(320);
    expect(cueAt(cues, 999)?.x).toBe(320);
    expect(cueAt(cues, -1)?.x).toBe(0);
    expect(cueAt([], 5)).toBeNull();
  });
});

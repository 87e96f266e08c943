import { describe, expect, it } from 'vitest';
import { clipAttempts, clipSize } from './clip-plan';

const hd = { width: 1920, height: 1080 };

describe('clipSize', () => {
  it('keeps the aspect ratio with even sides and never upscales', () => {
    expect(clipSize(320, hd)).toEqual({ width: 320, height: 180 });
    expect(clipSize(720, { width: 480, height: 270 })).toEqual({ width: 480, height: 270 });
    expect(clipSize(240, { width: 1080, height: 1920 })).toEqual({ width: 240, height: 426 });
  });
});

describe('clipAttempts', () => {
  it('makes an MP4 once, at the source frame rate', () => {
    expect(clipAttempts('mp4', null, hd)).toEqual([{ width: 720, height: 406, fps: null }]);
  });

  it('steps an animation down: fewer frames, then smaller sizes, then 240 px at 6 fps', () => {
    expect(clipAttempts('gif', 480, hd)).toEqual([
      { width: 480, height: 270, fps: 15 },
      { width: 480, height: 270, fps: 10 },
      { width: 320, height: 180, fps: 10 },
      { width: 240, height: 136, fps: 10 },
      { width: 240, height: 136, fps: 6 },
    ]);
  });

  it('tries no size twice when the source is smaller than asked', () => {
    expect(clipAttempts('webp', 720, { width: 300, height: 200 })).toEqual([
      { width: 300, height: 200, fps: 15 },
      { width: 300, height: 200, fps: 10 },
      { width: 240, height: 160, fps: 10 },
      { width: 240, height: 160, fps: 6 },
    ]);
    expect(clipAttempts('gif', 240, hd).map((a) => a.fps)).toEqual([15, 10, 6]);
  });
});

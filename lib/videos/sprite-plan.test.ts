// The sprite plan decides how many frames are decoded: one keyframe-only pass only when every
// step holds a keyframe (then tiles carry the keyframes' real times), a whole pass for short
// clips, a seek per tile otherwise. And the cues and WebVTT the player reads.
import { describe, expect, it } from 'vitest';
import { keyframeIndexFromCsv, largestKeyframeGap } from './keyframes';
import { planSprite, renderSpriteVtt, spriteCues } from './sprite-plan';
import { planTeaser, teaserDimensions } from './teasers';

const every = (gap: number, until: number) => Array.from({ length: Math.floor(until / gap) + 1 }, (_, i) => i * gap);

describe('keyframes', () => {
  it('reads keyframe packets, at their dts when they have no pts, sorted', () => {
    expect(keyframeIndexFromCsv('2.000000,2.000000,K_\n0.040000,0.000000,__\n0.000000,0.000000,K_\nN/A,4.000000,K_\n0.000000\n')).toEqual({ times: [0, 2, 4], originS: 0 });
  });
  it('counts from the file start, so a camcorder MPEG-TS starting at 11.38 s has its first keyframe near 0', () => {
    const csv = '11.400000,11.320000,K_,\n11.480000,11.360000,__,\n13.400000,13.320000,K_,\n\n11.376778\n';
    expect(keyframeIndexFromCsv(csv)).toEqual({ times: [0.023222, 2.023222], originS: 11.376778 });
  });
  it('measures the largest gap up to the end', () => {
    expect(largestKeyframeGap([0, 2, 4], 9)).toBe(5);
    expect(largestKeyframeGap([], 9)).toBe(9);
  });
});

describe('planSprite', () => {
  it('takes 100 tiles of a 10-minute video with 2 s keyframes in one keyframe pass, at the keyframes’ times', () => {
    const plan = planSprite(600, 1920, 1080, every(2, 600));
    expect(plan).toMatchObject({ strategy: 'keyframes', stepS: 6, tileWidth: 160, tileHeight: 90, columns: 10, rows: 10 });
    expect(plan.times.slice(0, 3)).toEqual([0, 6, 12]);
    expect(plan.times.every((t) => t % 2 === 0)).toBe(true);
    expect(plan.readForS.slice(0, 2)).toEqual([1, 1]); // read on past each keyframe, short of the next
    expect(planSprite(45, 480, 270, every(0.4, 45)).readForS[0]).toBeCloseTo(0.2, 6);
  });
  it('seeks per tile when keyframes are further apart than the step on a long video', () => {
    expect(planSprite(3600, 1280, 720, every(60, 3600)).strategy).toBe('seek');
  });
  it('decodes a short clip whole when its keyframes are too far apart', () => {
    const plan = planSprite(5, 320, 240, [0]);
    expect(plan).toMatchObject({ strategy: 'whole', columns: 10, rows: 1, tileHeight: 120 });
    expect(plan.times).toHaveLength(10);
  });
  it('gives a portrait video tall tiles and never fewer than one', () => {
    expect(planSprite(0.1, 1080, 1920, [0])).toMatchObject({ tileWidth: 160, tileHeight: 284, columns: 1, rows: 1 });
  });
});

describe('cues and WebVTT', () => {
  it('cuts cues halfway between tile times, covering the whole video, in the sheet’s grid', () => {
    const plan = planSprite(600, 1920, 1080, every(2, 600));
    const cues = spriteCues(plan, 600);
    expect(cues).toHaveLength(100);
    expect(cues[0]).toEqual({ startS: 0, endS: 3, x: 0, y: 0, width: 160, height: 90 });
    expect(cues[11]).toMatchObject({ startS: 63, endS: 69, x: 160, y: 90 });
    expect(cues[99].endS).toBe(600);
    const vtt = renderSpriteVtt(cues.slice(0, 2), '/api/assets/abc/sprite');
    expect(vtt).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n/api/assets/abc/sprite#xywh=0,0,160,90\n\n00:00:03.000 --> 00:00:09.000\n/api/assets/abc/sprite#xywh=160,0,160,90\n');
  });
});

describe('teasers', () => {
  it('plans 12 × 0.75 s from 5 % to 95 %, and a short clip whole up to 9 s', () => {
    const segments = planTeaser(600);
    expect(segments).toHaveLength(12);
    expect(segments[0].startS).toBe(30);
    expect(segments[11].startS + segments[11].lengthS).toBeCloseTo(570, 6);
    expect(planTeaser(4)).toEqual([{ startS: 0, lengthS: 4 }]);
    expect(planTeaser(15)).toEqual([{ startS: 0, lengthS: 9 }]);
  });
  it('sizes by the short side, never above the source', () => {
    expect(teaserDimensions(1920, 1080, 240)).toEqual({ width: 426, height: 240 });
    expect(teaserDimensions(1080, 1920, 480)).toEqual({ width: 480, height: 854 });
    expect(teaserDimensions(176, 144, 480)).toEqual({ width: 176, height: 144 });
  });
});

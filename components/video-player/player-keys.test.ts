import { describe, expect, it } from 'vitest';
import { actionForKey, chapterTarget } from './player-keys';

const press = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  actionForKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('actionForKey', () => {
  it('maps the player keys', () => {
    expect(press(' ')).toEqual({ kind: 'toggle' });
    expect(press('K')).toEqual({ kind: 'toggle' });
    expect(press('j')).toEqual({ kind: 'seekBy', seconds: -10 });
    expect(press('l')).toEqual({ kind: 'seekBy', seconds: 10 });
    expect(press('ArrowLeft')).toEqual({ kind: 'seekBy', seconds: -5 });
    expect(press('ArrowRight')).toEqual({ kind: 'seekBy', seconds: 5 });
    expect(press('ArrowUp')).toEqual({ kind: 'volumeBy', delta: 0.1 });
    expect(press('7')).toEqual({ kind: 'fraction', fraction: 0.7 });
    expect(press(',')).toEqual({ kind: 'frame', direction: -1 });
    expect(press('r')).toEqual({ kind: 'random' });
    expect(press('?', { shiftKey: true })).toEqual({ kind: 'help' });
  });

  it('uses Shift+arrows and Page keys for chapters', () => {
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'chapter', direction: -1 });
    expect(press('PageDown')).toEqual({ kind: 'chapter', direction: 1 });
  });

  it('leaves the browser’s own shortcuts alone', () => {
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('l', { metaKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('Tab')).toBeNull();
  });
});

describe('chapterTarget', () => {
  const starts = [0, 60, 120];
  it('goes to the next chapter start', () => {
    expect(chapterTarget(starts, 10, 1)).toBe(60);
    expect(chapterTarget(starts, 60, 1)).toBe(120);
    expect(chapterTarget(starts, 130, 1)).toBeNull();
  });
  it('goes back to the start of this chapter, or the one before when just past its start', () => {
    expect(chapterTarget(starts, 90, -1)).toBe(60);
    expect(chapterTarget(starts, 61, -1)).toBe(0);
    expect(chapterTarget([30, 60], 20, -1)).toBe(0);
  });
});

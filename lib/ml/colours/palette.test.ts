// The palette and the colour names on pixels made here: shares, order and names a user would
// expect of plain colours, and the same answer on every run.
import { describe, expect, it } from 'vitest';
import { nameColour } from './colour-name';
import { paletteOf } from './palette';

const pixels = (...runs: [string, number][]) =>
  Buffer.concat(runs.map(([hex, n]) => Buffer.concat(Array.from({ length: n }, () => Buffer.from(hex.slice(1), 'hex')))));

describe('paletteOf', () => {
  it('gives three colours their shares, largest first, summing to one', () => {
    const palette = paletteOf(pixels(['#0000ff', 500], ['#ff0000', 300], ['#ffff00', 200]));
    expect(palette).toEqual([
      { hex: '#0000ff', share: 0.5 },
      { hex: '#ff0000', share: 0.3 },
      { hex: '#ffff00', share: 0.2 },
    ]);
  });

  it('folds a speck under 2 % into its nearest colour and keeps at most six', () => {
    const palette = paletteOf(pixels(['#000000', 990], ['#101010', 10]));
    expect(palette).toHaveLength(1);
    expect(palette[0].share).toBe(1);
    const many = paletteOf(pixels(...['#ff0000', '#00ff00', '#0000ff', '#ffff00', '#ff00ff', '#00ffff', '#ffffff', '#000000'].map((h): [string, number] => [h, 100])));
    expect(many.length).toBeLessThanOrEqual(6);
    expect(many.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 2);
  });

  it('is the same on every run', () => {
    const noisy = Buffer.from(Array.from({ length: 3 * 4096 }, (_, i) => (i * 7919) % 256));
    expect(paletteOf(noisy)).toEqual(paletteOf(noisy));
  });
});

describe('nameColour', () => {
  it.each([
    ['#ff0000', 'red'], ['#ff8000', 'orange'], ['#ffd700', 'yellow'], ['#228b22', 'green'], ['#008080', 'teal'],
    ['#000080', 'blue'], ['#87ceeb', 'blue'], ['#6a0dad', 'purple'], ['#ffc0cb', 'pink'], ['#8b4513', 'brown'],
    ['#050505', 'black'], ['#fafafa', 'white'], ['#707070', 'grey'],
  ])('%s is %s', (hex, name) => expect(nameColour(hex)).toBe(name));
});

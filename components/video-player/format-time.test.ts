import { describe, expect, it } from 'vitest';
import { formatClock, formatPosition, parseClock, spokenClock } from './format-time';

describe('clock labels', () => {
  it('formats seconds as m:ss or h:mm:ss, flooring', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5.9)).toBe('0:05');
    expect(formatClock(754)).toBe('12:34');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-3)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });

  it('gives both sides of the position the same shape', () => {
    expect(formatPosition(65, 3723)).toBe('0:01:05 / 1:02:03');
    expect(formatPosition(65, 120)).toBe('1:05 / 2:00');
  });

  it('speaks times in words', () => {
    expect(spokenClock(3723)).toBe('1 hour 2 minutes 3 seconds');
    expect(spokenClock(60)).toBe('1 minute');
    expect(spokenClock(0)).toBe('0 seconds');
  });
});

describe('parseClock', () => {
  it('reads seconds, m:ss and h:mm:ss', () => {
    expect(parseClock('75')).toBe(75);
    expect(parseClock('1:15')).toBe(75);
    expect(parseClock(' 01:02:03 ')).toBe(3723);
    expect(parseClock('0:05.5')).toBe(5.5);
  });
  it('refuses what is not a time', () => {
    for (const text of ['', 'abc', '1:2:3:4', '-5', '1.5:00', '1::2']) expect(parseClock(text), text).toBeNull();
  });
});

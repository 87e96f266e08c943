import { describe, expect, it } from 'vitest';
import { dateChangeSchema, offsetSchema, wallClockSchema } from './asset-edits.schemas';

describe('wallClockSchema', () => {
  it('normalises a real date and time, with or without seconds', () => {
    expect(wallClockSchema.parse('2024-02-29T23:59')).toBe('2024-02-29T23:59:00');
    expect(wallClockSchema.parse(' 1800-01-01 00:00:07 ')).toBe('1800-01-01T00:00:07');
  });

  it('says why a date is not one', () => {
    const message = (v: string) => wallClockSchema.safeParse(v).error?.issues[0].message;
    expect(message('2026-02-30T12:00')).toBe('2026-02-30 is not a date: February 2026 has 28 days.');
    expect(message('2100-04-31T00:00')).toBe('2100-04-31 is not a date: April 2100 has 30 days.');
    expect(message('1900-02-29T00:00')).toMatch(/February 1900 has 28 days/); // not a leap year
    expect(message('2101-01-01T00:00')).toBe('Choose a year from 1800 to 2100.');
    expect(message('2024-01-01T24:00')).toBe('24:00:00 is not a time of day.');
  });
});

describe('offsetSchema', () => {
  it('reads offsets as minutes east of UTC, within ±14:00', () => {
    expect(offsetSchema.parse('+02:00')).toBe(120);
    expect(offsetSchema.parse('-05:30')).toBe(-330);
    expect(offsetSchema.parse('Z')).toBe(0);
    expect(offsetSchema.parse('+1400')).toBe(840);
    for (const bad of ['+14:01', '-15:00', '+02:60', '2', 'UTC+2']) expect(offsetSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('dateChangeSchema', () => {
  it('turns a shift into minutes and refuses one of nothing', () => {
    expect(dateChangeSchema.parse({ mode: 'shift', days: 1, hours: -1, minutes: -15 })).toEqual({ mode: 'shift', minutes: 1365 });
    expect(dateChangeSchema.safeParse({ mode: 'shift' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const now = Date.parse('2026-11-30T12:00:00Z');
const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('timeAgo', () => {
  it.each([
    [3, 'just now'],
    [45, '45 seconds ago'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [26 * 3600, 'yesterday'],
    [15 * 86400, '2 weeks ago'],
    [70 * 86400, '2 months ago'],
    [-20, 'just now'],
  ])('%i s before is %s', (seconds, words) => {
    expect(timeAgo(before(seconds), now)).toBe(words);
  });

  it('gives the date past a year, and for a time well in the future', () => {
    expect(timeAgo('2024-03-05T10:00:00Z', now)).toBe('5 Mar 2024');
    expect(timeAgo('2027-01-01T10:00:00Z', now)).toBe('1 Jan 2027');
  });
});

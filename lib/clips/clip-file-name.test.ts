import { describe, expect, it } from 'vitest';
import { clipFileName } from './clip-file-name';

describe('clipFileName', () => {
  it('names the video and the range', () => {
    expect(clipFileName('Holiday', 75.4, 90, 'gif')).toBe('Holiday-01-15-01-30.gif');
    expect(clipFileName('Café ☕', 3725, 3730.9, 'mp4')).toBe('Café ☕-1-02-05-1-02-10.mp4');
  });

  it('keeps slashes and control characters out', () => {
    expect(clipFileName('a/b\\c\n', 0, 1, 'webp')).toBe('a_b_c_-00-00-00-01.webp');
    expect(clipFileName('  ', 0, 1, 'gif')).toBe('clip-00-00-00-01.gif');
  });
});

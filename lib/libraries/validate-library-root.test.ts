import { describe, expect, it } from 'vitest';
import { isInsideOrEqual } from './validate-library-root';

describe('isInsideOrEqual', () => {
  it('matches on a path-separator boundary, not a string prefix', () => {
    expect(isInsideOrEqual('/photos/ann', '/photos/ann')).toBe(true);
    expect(isInsideOrEqual('/photos/ann', '/photos/ann/2019/a.jpg')).toBe(true);
    expect(isInsideOrEqual('/photos/ann', '/photos/anna')).toBe(false);
    expect(isInsideOrEqual('/photos/ann', '/photos/anna/x.jpg')).toBe(false);
    expect(isInsideOrEqual('/photos/ann', '/photos')).toBe(false);
    expect(isInsideOrEqual('/photos/ann', '/photos/ann/../bob')).toBe(false);
  });
});

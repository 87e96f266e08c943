import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

describe('parseRange', () => {
  it('reads the forms browsers send', () => {
    expect(parseRange('bytes=0-', 100)).toEqual({ kind: 'range', start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ kind: 'range', start: 10, end: 19 });
    expect(parseRange('bytes=-5', 100)).toEqual({ kind: 'range', start: 95, end: 99 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
  });

  it('answers the whole file without a header or for multiple ranges', () => {
    expect(parseRange(null, 100)).toEqual({ kind: 'none' });
    expect(parseRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'none' });
  });

  it('refuses ranges outside the file', () => {
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=20-10', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
  });
});

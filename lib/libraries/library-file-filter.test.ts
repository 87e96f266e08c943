import { describe, expect, it } from 'vitest';
import { keepsEveryFile, libraryFileFilter } from './library-file-filter';

describe('libraryFileFilter', () => {
  it('takes everything when there are no globs', () => {
    expect(libraryFileFilter({ includeGlobs: [], excludeGlobs: [] })('2019/a.jpg')).toBe(true);
    expect(keepsEveryFile({ includeGlobs: [], excludeGlobs: [] })).toBe(true);
    expect(keepsEveryFile({ includeGlobs: [], excludeGlobs: ['*.tmp'] })).toBe(false);
    expect(keepsEveryFile({ includeGlobs: ['2019/**'], excludeGlobs: [] })).toBe(false);
  });

  it('excludes NAS thumbnail folders and temp files at any depth', () => {
    const keep = libraryFileFilter({ includeGlobs: [], excludeGlobs: ['**/@eaDir/**', '*.tmp'] });
    expect(keep('2019/@eaDir/a.jpg/SYNOPHOTO_THUMB_XL.jpg')).toBe(false);
    expect(keep('2019/trip/a.jpg.tmp')).toBe(false);
    expect(keep('a.tmp')).toBe(false);
    expect(keep('2019/trip/a.jpg')).toBe(true);
  });

  it('keeps only included paths, minus exclusions', () => {
    const keep = libraryFileFilter({ includeGlobs: ['2019/**'], excludeGlobs: ['2019/private/**'] });
    expect(keep('2019/a.jpg')).toBe(true);
    expect(keep('2019/private/b.jpg')).toBe(false);
    expect(keep('2020/c.jpg')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogueHref, pageKeepingPlace, pageNumbers } from './catalogue-url';

describe('catalogue address', () => {
  it('keeps page, size and sort in the URL, leaving defaults out', () => {
    expect(catalogueHref({ page: 1, pageSize: 24, sort: 'newest' })).toBe('/videos');
    expect(catalogueHref({ page: 3, pageSize: 48, sort: 'title' })).toBe('/videos?page=3&pageSize=48&sort=title');
  });

  it('keeps the first video in view when the page size changes', () => {
    expect(pageKeepingPlace(3, 24, 48)).toBe(2); // videos 49–72 → page of 49–96
    expect(pageKeepingPlace(2, 48, 12)).toBe(5); // video 49 → page 5 of twelve
    expect(pageKeepingPlace(1, 96, 12)).toBe(1);
  });

  it('offers the first, last and nearby pages with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 'gap', 5]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(6, 20)).toEqual([1, 'gap', 5, 6, 7, 'gap', 20]);
    expect(pageNumbers(20, 20)).toEqual([1, 'gap', 19, 20]);
  });
});

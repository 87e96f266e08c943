import { describe, expect, it } from 'vitest';
import { hasFilters, searchQueryString, searchStateFrom, toggleListValue } from './search-url';

describe('search URL state', () => {
  it('keeps known, non-empty keys in one canonical order, without paging', () => {
    const state = searchStateFrom(new URLSearchParams('offset=60&colour=red&q=%20dogs%20&type=&evil=1&limit=5'));
    expect(state).toEqual({ q: 'dogs', colour: 'red' });
    expect(searchQueryString(state)).toBe('q=dogs&colour=red');
    expect(searchQueryString(searchStateFrom({ colour: 'red', q: 'dogs' }))).toBe('q=dogs&colour=red');
  });

  it('drops the people mode unless people are chosen and it is not the default', () => {
    expect(searchQueryString({ peopleMode: 'any' })).toBe('');
    expect(searchQueryString({ people: 'a,b', peopleMode: 'all' })).toBe('people=a%2Cb');
    expect(searchQueryString({ people: 'a,b', peopleMode: 'any' })).toBe('people=a%2Cb&peopleMode=any');
  });

  it('toggles list items and tells filters from the box', () => {
    expect(toggleListValue(undefined, 'a')).toBe('a');
    expect(toggleListValue('a,b', 'a')).toBe('b');
    expect(toggleListValue('a', 'a')).toBeUndefined();
    expect(hasFilters({ q: 'x' })).toBe(false);
    expect(hasFilters({ q: 'x', favourite: 'true' })).toBe(true);
  });
});

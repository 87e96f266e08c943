import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, FILTER_KEYS, type CatalogueFilters } from '@/components/catalogue/catalogue-url';
import { filterLabel } from './filter-labels';

const names: Record<string, string> = { p1: 'Ann', p2: 'Bo', t1: 'beach', s1: 'Sun', l1: 'Family' };
const nameOf = (id: string) => names[id] ?? '?';
const f = (change: Partial<CatalogueFilters>) => ({ ...EMPTY_FILTERS, ...change });

describe('filter chips', () => {
  it('says what each filter does, with names for ids', () => {
    expect(filterLabel('performers', f({ performers: ['p1', 'p2'], performersMode: 'all' }), nameOf)).toBe('Performers (all): Ann, Bo');
    expect(filterLabel('performers', f({ performers: ['p1'], performersMode: 'all' }), nameOf)).toBe('Performers: Ann');
    expect(filterLabel('tagsExclude', f({ tagsExclude: ['t1'] }), nameOf)).toBe('Without tags: beach');
    expect(filterLabel('studios', f({ studios: ['s1'] }), nameOf)).toBe('Studios: Sun');
    expect(filterLabel('liked', f({ liked: false }), nameOf)).toBe('Not liked');
    expect(filterLabel('hasSubtitles', f({ hasSubtitles: true }), nameOf)).toBe('Has subtitles');
    expect(filterLabel('watched', f({ watched: 'inProgress' }), nameOf)).toBe('In progress');
    expect(filterLabel('durationMin', f({ durationMin: 1200 }), nameOf)).toBe('Longer than 20 min');
    expect(filterLabel('viewMax', f({ viewMax: 7200 }), nameOf)).toBe('Viewed ≤ 2 h');
    expect(filterLabel('resolution', f({ resolution: 2160 }), nameOf)).toBe('4K and up');
    expect(filterLabel('ratingMin', f({ ratingMin: 3.5 }), nameOf)).toBe('Rating ≥ 3.5');
    expect(filterLabel('library', f({ library: 'l1' }), nameOf)).toBe('Library: Family');
    expect(filterLabel('cast', f({ cast: 'group' }), nameOf)).toBe('Cast: group of 3+');
  });

  it('has a chip for every filter but the two any/all modes', () => {
    const everything = f({
      q: 'x', performers: ['p1'], performersExclude: ['p1'], studios: ['s1'], studiosExclude: ['s1'], tags: ['t1'], tagsExclude: ['t1'], cast: 'solo',
      ratingMin: 1, ratingMax: 2, liked: true, favourite: true, organised: true, watched: 'watched', playsMin: 1, playsMax: 2, viewMin: 1, viewMax: 2,
      durationMin: 1, durationMax: 2, resolution: 720, addedFrom: '2024-01-01', addedTo: '2024-01-02', releasedFrom: '2024-01-01', releasedTo: '2024-01-02',
      hasMarkers: true, hasChapters: true, hasComments: true, hasSubtitles: true, library: 'l1', folder: 'a/b',
    });
    const without = FILTER_KEYS.filter((key) => filterLabel(key, everything, nameOf) === null);
    expect(without).toEqual(['performersMode', 'tagsMode']);
  });
});

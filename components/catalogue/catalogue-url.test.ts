import { describe, expect, it } from 'vitest';
import {
  activeFilterKeys,
  type CatalogueState,
  catalogueApiParams,
  catalogueHref,
  catalogueSearch,
  clearFilters,
  DEFAULT_STATE,
  FILTER_KEYS,
  pageKeepingPlace,
  pageNumbers,
  parseCatalogueState,
  withFilter,
  withSort,
} from './catalogue-url';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

/** A value other than the default for every filter. */
const EVERY_FILTER: Omit<CatalogueState, 'sort' | 'dir' | 'seed' | 'page' | 'pageSize' | 'view'> = {
  q: 'beach day',
  performers: [A, B],
  performersMode: 'all',
  performersExclude: [B],
  studios: [A],
  studiosExclude: [B],
  tags: [B, A],
  tagsMode: 'all',
  tagsExclude: [A],
  cast: 'duo',
  ratingMin: 3.5,
  ratingMax: 5,
  liked: true,
  favourite: false,
  organised: true,
  watched: 'inProgress',
  playsMin: 1,
  playsMax: 10,
  viewMin: 60,
  viewMax: 3600,
  durationMin: 0,
  durationMax: 1200,
  resolution: 1080,
  addedFrom: '2024-01-01',
  addedTo: '2024-12-31',
  releasedFrom: '1999-02-03',
  releasedTo: '2000-02-29',
  hasMarkers: true,
  hasChapters: false,
  hasComments: true,
  hasSubtitles: false,
  library: A,
  folder: 'Holidays/2024',
};

const roundTrip = (state: CatalogueState) => parseCatalogueState(new URLSearchParams(catalogueSearch(state)));

describe('catalogue address', () => {
  it('leaves every default out of the URL', () => {
    expect(catalogueHref(DEFAULT_STATE)).toBe('/videos');
    expect(catalogueHref({ ...DEFAULT_STATE, sort: 'title', dir: 'asc' })).toBe('/videos?sort=title');
    expect(catalogueHref({ ...DEFAULT_STATE, sort: 'title', dir: 'desc' })).toBe('/videos?sort=title&dir=desc');
    expect(catalogueHref({ ...DEFAULT_STATE, page: 3, pageSize: 48, view: 'list' })).toBe('/videos?page=3&pageSize=48&view=list');
  });

  it('round-trips every filter, alone and all together', () => {
    expect(FILTER_KEYS.length).toBe(Object.keys(EVERY_FILTER).length);
    for (const key of FILTER_KEYS) {
      const state = { ...DEFAULT_STATE, [key]: EVERY_FILTER[key] } as CatalogueState;
      const search = catalogueSearch(state);
      expect(search, key).toMatch(new RegExp(`^${key}=`));
      expect(roundTrip(state), key).toEqual(state);
    }
    const all = { ...DEFAULT_STATE, ...EVERY_FILTER, sort: 'rating', dir: 'asc', page: 7, pageSize: 96, view: 'compact' } as CatalogueState;
    expect(roundTrip(all)).toEqual(all);
  });

  it('writes the API query in the contract’s words, without the view', () => {
    const state = { ...DEFAULT_STATE, performers: [A, B], liked: false, resolution: 2160, view: 'list' } as CatalogueState;
    expect(catalogueApiParams(state).toString()).toBe(`performers=${A}%2C${B}&liked=false&resolution=2160`);
  });

  it('keeps a random order’s seed (and only there) so pages and reloads agree', () => {
    const shuffled = withSort({ ...DEFAULT_STATE, page: 4 }, 'random', () => 42);
    expect(catalogueHref(shuffled)).toBe('/videos?sort=random&seed=42');
    expect(roundTrip({ ...shuffled, page: 2 })).toEqual({ ...shuffled, page: 2 });
    expect(parseCatalogueState({ sort: 'title', seed: '42' }).seed).toBeNull();
    expect(parseCatalogueState({ sort: 'random' }).seed).toBe(0);
  });

  it('flips the direction when the same sort is chosen again, else takes its natural one', () => {
    const byTitle = withSort(DEFAULT_STATE, 'title');
    expect([byTitle.sort, byTitle.dir]).toEqual(['title', 'asc']);
    expect(withSort(byTitle, 'title').dir).toBe('desc');
    expect(withSort(byTitle, 'duration').dir).toBe('desc');
  });

  it('reads the old sorts and drops what it cannot use', () => {
    expect(parseCatalogueState({ sort: 'newest' })).toMatchObject({ sort: 'added', dir: 'desc' });
    expect(parseCatalogueState({ sort: 'taken' })).toMatchObject({ sort: 'released', dir: 'desc' });
    const junk = parseCatalogueState({
      sort: 'nope',
      dir: 'up',
      page: '0',
      pageSize: '10',
      view: 'table',
      performers: `x,${A},${A.toUpperCase()}`,
      ratingMin: '4.2',
      ratingMax: 'NaN',
      liked: 'yes',
      playsMin: '-1',
      resolution: '480',
      addedFrom: '2024-13-45',
      library: 'not-a-uuid',
      q: '   ',
      cast: 'trio',
    });
    expect(junk).toEqual({ ...DEFAULT_STATE, performers: [A] });
  });

  it('changes a filter on page 1 and clears filters but keeps sort and view', () => {
    const state = { ...DEFAULT_STATE, page: 5, sort: 'plays', view: 'list', tags: [A] } as CatalogueState;
    expect(withFilter(state, 'liked', true)).toMatchObject({ page: 1, liked: true, tags: [A] });
    expect(activeFilterKeys(withFilter(state, 'liked', true))).toEqual(['tags', 'liked']);
    expect(clearFilters(state)).toEqual({ ...DEFAULT_STATE, sort: 'plays', view: 'list' });
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

// The catalogue's address: the WHOLE state of /videos (text, every filter, sort, direction,
// seed, page, page size and view) lives in the URL, so reload, Back and a shared link show the
// same page. Defaults are left out to keep links short. Reading is lenient — a hand-edited or
// stale value the UI cannot use is dropped (the default applies) rather than breaking the page;
// the API (catalogue-query's contract) is the strict one. One table of fields drives parsing,
// writing and the API query, so a filter cannot be forgotten in one of them.
export const CATALOGUE_PAGE_SIZES = [12, 24, 48, 96] as const;
export type CataloguePageSize = (typeof CATALOGUE_PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: CataloguePageSize = 24;

export const CATALOGUE_SORTS = [
  'added',
  'title',
  'released',
  'duration',
  'size',
  'resolution',
  'bitrate',
  'rating',
  'likes',
  'plays',
  'viewTime',
  'lastViewed',
  'fileName',
  'path',
  'random',
] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];
export type SortDir = 'asc' | 'desc';

/** Each sort's natural direction (the contract's): names A→Z, numbers and dates biggest first. */
export function defaultDir(sort: CatalogueSort): SortDir {
  return sort === 'title' || sort === 'fileName' || sort === 'path' ? 'asc' : 'desc';
}

export const CATALOGUE_VIEWS = ['grid', 'list', 'compact'] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters, in the order the URL writes them. */
export interface CatalogueFilters {
  q: string;
  performers: string[];
  performersMode: 'any' | 'all';
  performersExclude: string[];
  studios: string[];
  studiosExclude: string[];
  tags: string[];
  tagsMode: 'any' | 'all';
  tagsExclude: string[];
  cast: 'solo' | 'duo' | 'group' | null;
  ratingMin: number | null;
  ratingMax: number | null;
  liked: boolean | null;
  favourite: boolean | null;
  organised: boolean | null;
  watched: 'watched' | 'unwatched' | 'inProgress' | null;
  playsMin: number | null;
  playsMax: number | null;
  viewMin: number | null;
  viewMax: number | null;
  durationMin: number | null;
  durationMax: number | null;
  resolution: 720 | 1080 | 2160 | null;
  addedFrom: string | null;
  addedTo: string | null;
  releasedFrom: string | null;
  releasedTo: string | null;
  hasMarkers: boolean | null;
  hasChapters: boolean | null;
  hasComments: boolean | null;
  hasSubtitles: boolean | null;
  library: string | null;
  folder: string | null;
}
export type FilterKey = keyof CatalogueFilters;

export interface CatalogueState extends CatalogueFilters {
  sort: CatalogueSort;
  dir: SortDir;
  /** Random order's seed (kept only with sort=random). */
  seed: number | null;
  page: number;
  pageSize: CataloguePageSize;
  view: CatalogueView;
}

type Codec =
  | { kind: 'text'; max: number }
  | { kind: 'ids' }
  | { kind: 'enum'; values: readonly (string | number)[]; numeric?: boolean }
  | { kind: 'bool' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'stars' }
  | { kind: 'day' }
  | { kind: 'uuid' };

const MODE = { kind: 'enum', values: ['any', 'all'] } as const;
const BOOL = { kind: 'bool' } as const;
const IDS = { kind: 'ids' } as const;
const COUNT = { kind: 'int', min: 0, max: 1_000_000_000 } as const;
const DATE = { kind: 'day' } as const;

/** Every filter of the contract, its codec and its default (left out of the URL). */
export const FILTER_FIELDS: { [K in FilterKey]: { codec: Codec; empty: CatalogueFilters[K] } } = {
  q: { codec: { kind: 'text', max: 200 }, empty: '' },
  performers: { codec: IDS, empty: [] },
  performersMode: { codec: MODE, empty: 'any' },
  performersExclude: { codec: IDS, empty: [] },
  studios: { codec: IDS, empty: [] },
  studiosExclude: { codec: IDS, empty: [] },
  tags: { codec: IDS, empty: [] },
  tagsMode: { codec: MODE, empty: 'any' },
  tagsExclude: { codec: IDS, empty: [] },
  cast: { codec: { kind: 'enum', values: ['solo', 'duo', 'group'] }, empty: null },
  ratingMin: { codec: { kind: 'stars' }, empty: null },
  ratingMax: { codec: { kind: 'stars' }, empty: null },
  liked: { codec: BOOL, empty: null },
  favourite: { codec: BOOL, empty: null },
  organised: { codec: BOOL, empty: null },
  watched: { codec: { kind: 'enum', values: ['watched', 'unwatched', 'inProgress'] }, empty: null },
  playsMin: { codec: COUNT, empty: null },
  playsMax: { codec: COUNT, empty: null },
  viewMin: { codec: COUNT, empty: null },
  viewMax: { codec: COUNT, empty: null },
  durationMin: { codec: COUNT, empty: null },
  durationMax: { codec: COUNT, empty: null },
  resolution: { codec: { kind: 'enum', values: [720, 1080, 2160], numeric: true }, empty: null },
  addedFrom: { codec: DATE, empty: null },
  addedTo: { codec: DATE, empty: null },
  releasedFrom: { codec: DATE, empty: null },
  releasedTo: { codec: DATE, empty: null },
  hasMarkers: { codec: BOOL, empty: null },
  hasChapters: { codec: BOOL, empty: null },
  hasComments: { codec: BOOL, empty: null },
  hasSubtitles: { codec: BOOL, empty: null },
  library: { codec: { kind: 'uuid' }, empty: null },
  folder: { codec: { kind: 'text', max: 1000 }, empty: null },
};
export const FILTER_KEYS = Object.keys(FILTER_FIELDS) as FilterKey[];

export const EMPTY_FILTERS: CatalogueFilters = Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTER_FIELDS[k].empty])) as unknown as CatalogueFilters;

export const DEFAULT_STATE: CatalogueState = { ...EMPTY_FILTERS, sort: 'added', dir: 'desc', seed: null, page: 1, pageSize: DEFAULT_PAGE_SIZE, view: 'grid' };

/** The contract's limit on ids per entity list. */
const MAX_IDS = 50;

function decode(codec: Codec, raw: string): unknown {
  switch (codec.kind) {
    case 'text': {
      const text = raw.trim().slice(0, codec.max);
      return text === '' ? undefined : text;
    }
    case 'ids': {
      const ids = [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => UUID.test(s)))].slice(0, MAX_IDS);
      return ids.length ? ids : undefined;
    }
    case 'uuid':
      return UUID.test(raw) ? raw.toLowerCase() : undefined;
    case 'enum': {
      const value = codec.numeric ? Number(raw) : raw;
      return codec.values.includes(value) ? value : undefined;
    }
    case 'bool':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'int': {
      if (!/^\d{1,10}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= codec.min && n <= codec.max ? n : undefined;
    }
    case 'stars': {
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) && n >= 0.5 && n <= 5 && Number.isInteger(n * 2) ? n : undefined;
    }
    case 'day':
      return DAY.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? raw : undefined;
  }
}

function encode(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

function isEmpty(key: FilterKey, value: unknown): boolean {
  const empty = FILTER_FIELDS[key].empty;
  return Array.isArray(value) ? value.length === 0 : value === empty || value === null || value === undefined;
}

type Search = URLSearchParams | Record<string, string | string[] | undefined>;

function getter(search: Search): (key: string) => string | undefined {
  if (search instanceof URLSearchParams) return (key) => search.get(key) ?? undefined;
  return (key) => {
    const v = search[key];
    return Array.isArray(v) ? v[0] : v;
  };
}

/** The state an address describes (anything unusable falls back to its default). The old
 * sorts stay readable: newest = added, newest first; taken = release date (the filmed date). */
export function parseCatalogueState(search: Search): CatalogueState {
  const get = getter(search);
  const state: CatalogueState = { ...DEFAULT_STATE };
  const mutable = state as unknown as Record<string, unknown>;
  for (const key of FILTER_KEYS) {
    const raw = get(key);
    if (raw === undefined) continue;
    const value = decode(FILTER_FIELDS[key].codec, raw);
    if (value !== undefined) mutable[key] = value;
  }
  const sort = get('sort');
  if (sort === 'newest') state.sort = 'added';
  else if (sort === 'taken') state.sort = 'released';
  else if ((CATALOGUE_SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as CatalogueSort;
  const dir = get('dir');
  state.dir = dir === 'asc' || dir === 'desc' ? dir : defaultDir(state.sort);
  const seed = decode({ kind: 'int', min: 0, max: 2_147_483_647 }, get('seed') ?? '');
  state.seed = state.sort === 'random' ? ((seed as number | undefined) ?? 0) : null;
  const page = decode({ kind: 'int', min: 1, max: 1_000_000 }, get('page') ?? '');
  if (page !== undefined) state.page = page as number;
  const size = Number(get('pageSize'));
  if ((CATALOGUE_PAGE_SIZES as readonly number[]).includes(size)) state.pageSize = size as CataloguePageSize;
  const view = get('view');
  if ((CATALOGUE_VIEWS as readonly string[]).includes(view ?? '')) state.view = view as CatalogueView;
  return state;
}

/** The query the API is asked (the contract's names); the view is the page's business only. */
export function catalogueApiParams(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (!isEmpty(key, value)) params.set(key, encode(value));
  }
  if (state.sort !== 'added') params.set('sort', state.sort);
  if (state.sort === 'random') params.set('seed', String(state.seed ?? 0));
  else if (state.dir !== defaultDir(state.sort)) params.set('dir', state.dir);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The address's query string without '?': the API query plus the view. Saved searches keep this. */
export function catalogueSearch(state: CatalogueState): string {
  const params = catalogueApiParams(state);
  if (state.view !== 'grid') params.set('view', state.view);
  return params.toString();
}

export function catalogueHref(state: CatalogueState): string {
  const query = catalogueSearch(state);
  return query ? `/videos?${query}` : '/videos';
}

/** The same search with one filter changed: back to page 1 (the old page may not exist). */
export function withFilter<K extends FilterKey>(state: CatalogueState, key: K, value: CatalogueFilters[K]): CatalogueState {
  return { ...state, [key]: value, page: 1 };
}

/** The filters that differ from their defaults (chips, the filter count). The text has its own
 * box, and any/all only qualifies its list (shown in that list's chip). */
export function activeFilterKeys(state: CatalogueFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => key !== 'q' && key !== 'performersMode' && key !== 'tagsMode' && !isEmpty(key, state[key]));
}

/** Every filter back to its default; sort, view and page size stay. */
export function clearFilters(state: CatalogueState): CatalogueState {
  return { ...state, ...EMPTY_FILTERS, page: 1 };
}

/** A sort chosen from the select or a column header: its natural direction, or the other one
 * when the same column is chosen again. Random gets a fresh seed. */
export function withSort(state: CatalogueState, sort: CatalogueSort, newSeed: () => number = randomSeed): CatalogueState {
  if (sort === 'random') return { ...state, sort, dir: 'desc', seed: newSeed(), page: 1 };
  const dir = state.sort === sort ? (state.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
  return { ...state, sort, dir, seed: null, page: 1 };
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}

/** The page that shows the same first video at another page size. */
export function pageKeepingPlace(page: number, from: number, to: number): number {
  return Math.floor(((page - 1) * from) / to) + 1;
}

/** Page numbers to offer: the first, the last and the current one with its neighbours, with
 * 'gap' where numbers are left out (one number is shown rather than a gap hiding only it). */
export function pageNumbers(current: number, last: number, around = 1): (number | 'gap')[] {
  const shown = new Set<number>([1, last]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && p - previous === 2) out.push(p - 1);
    else if (typeof previous === 'number' && p - previous > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

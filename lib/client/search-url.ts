// The /search page's state lives in its URL (shareable; back and forward work): the box, the
// filters and "like". One canonical query string per state, without paging, so the same search
// is the same cache entry and the viewer's `search` context names it exactly.

export const SEARCH_KEYS = ['q', 'like', 'type', 'from', 'to', 'people', 'peopleMode', 'camera', 'favourite', 'quality', 'colour', 'questions', 'library'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchState = Partial<Record<SearchKey, string>>;

export function searchStateFrom(params: URLSearchParams | Record<string, string | string[] | undefined>): SearchState {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : [params[key]].flat()[0]) ?? undefined;
  const state: SearchState = {};
  for (const key of SEARCH_KEYS) {
    const value = get(key)?.trim();
    if (value) state[key] = value;
  }
  if (state.peopleMode === 'all' || !state.people) delete state.peopleMode;
  return state;
}

export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = state[key]?.trim();
    if (value && !(key === 'peopleMode' && (value === 'all' || !state.people))) params.set(key, value);
  }
  return params.toString();
}

/** A comma-separated list value with one item added or removed. */
export function toggleListValue(list: string | undefined, item: string): string | undefined {
  const items = (list ?? '').split(',').filter(Boolean);
  const next = items.includes(item) ? items.filter((i) => i !== item) : [...items, item];
  return next.length ? next.join(',') : undefined;
}

/** Whether anything narrows the search besides the box. */
export const hasFilters = (state: SearchState) => SEARCH_KEYS.some((key) => key !== 'q' && key !== 'like' && key !== 'peopleMode' && state[key]);

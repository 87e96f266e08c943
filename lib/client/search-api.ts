// Typed fetchers of the one search box (app/api/search, …/neighbours, …/options) and of the
// viewer's "more like this" and analysis (app/api/assets/[id]/similar, …/analysis).
import type { AssetAnalysis, SearchNeighbours, SearchOptions, SearchResults } from '@/lib/search/search.schemas';
import { apiFetch } from './api';

export const SEARCH_PAGE = 60;

const withQuery = (path: string, queryString: string, extra: Record<string, string>) => {
  const params = new URLSearchParams(queryString);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `${path}?${params}`;
};

export const fetchSearch = (queryString: string, offset: number, signal?: AbortSignal) =>
  apiFetch<SearchResults>(withQuery('/api/search', queryString, { offset: String(offset), limit: String(SEARCH_PAGE) }), { signal });

export const fetchSearchNeighbours = (queryString: string, id: string) => apiFetch<SearchNeighbours>(withQuery('/api/search/neighbours', queryString, { id }));

export const fetchSearchOptions = () => apiFetch<SearchOptions>('/api/search/options');

export const fetchSimilarAssets = (id: string) => apiFetch<SearchResults>(`/api/assets/${encodeURIComponent(id)}/similar`);

export const fetchAssetAnalysis = (id: string) => apiFetch<AssetAnalysis>(`/api/assets/${encodeURIComponent(id)}/analysis`);

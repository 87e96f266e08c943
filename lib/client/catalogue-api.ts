// Typed fetchers of the video catalogue (app/api/videos and its part-2 siblings: stats,
// dashboard, spotlight, random, suggest; the organise lists and bulk route) and of a card's
// sprite cues (the WebVTT the video:media job wrote, served by asset id).
import type { z } from 'zod';
import type { historyQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import type { listVideoHistory } from '@/lib/catalogue/list-video-history';
import { ApiError, apiFetch } from './api';
import type { CatalogueCard, CatalogueDashboard, CataloguePage, CatalogueStats, EntityKind, EntitySummary, OrganiseChange, Suggestions } from './catalogue-contract';

type Query = Record<string, string | number | undefined>;

function search(query: Query | URLSearchParams): string {
  const params = query instanceof URLSearchParams ? query : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A page of the catalogue for the API query of catalogue-url's catalogueApiParams. */
export const fetchVideos = (params: URLSearchParams) => apiFetch<CataloguePage>(`/api/videos${search(params)}`);

export const fetchVideoStats = (params: URLSearchParams) => {
  const filters = new URLSearchParams(params);
  for (const key of ['page', 'pageSize', 'sort', 'dir', 'seed']) filters.delete(key);
  return apiFetch<CatalogueStats>(`/api/videos/stats${search(filters)}`);
};

export const fetchDashboard = () => apiFetch<CatalogueDashboard>('/api/videos/dashboard');

export const fetchSpotlight = () => apiFetch<{ video: CatalogueCard | null; reason: string }>('/api/videos/spotlight');

export const fetchRandomVideo = (seed: number, filters?: URLSearchParams) => {
  const params = new URLSearchParams(filters);
  params.set('seed', String(seed));
  return apiFetch<{ video: CatalogueCard | null; seed: number }>(`/api/videos/random${search(params)}`);
};

export const fetchSuggestions = (q: string, signal?: AbortSignal) => apiFetch<Suggestions>(`/api/search/suggest${search({ q })}`, { signal });

/** Performers, studios or tags whose name or alias matches (the organise list APIs). */
export const fetchEntities = (kind: EntityKind, q: string, signal?: AbortSignal) =>
  apiFetch<{ items: EntitySummary[]; total: number }>(`/api/${kind}${search({ q, page: 1, pageSize: 12 })}`, { signal });

export const organiseVideos = (change: OrganiseChange) => apiFetch<{ updated: number }>('/api/videos/organise', { method: 'POST', json: change });

export const fetchVideoHistory = (query: z.input<typeof historyQuerySchema>) =>
  apiFetch<Awaited<ReturnType<typeof listVideoHistory>>>(`/api/videos/history${search(query as Query)}`);

/** The sprite's WebVTT as text (a card's vttUrl). */
export async function fetchSpriteVtt(url: string): Promise<string> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) throw new ApiError(response?.status ?? 0, 'sprite', 'The preview frames could not be loaded.');
  return response.text();
}

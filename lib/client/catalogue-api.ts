// Typed fetchers of the video catalogue (app/api/videos, app/api/videos/history) and of a
// card's sprite cues (the WebVTT the video:media job wrote, served by asset id).
import type { z } from 'zod';
import type { historyQuerySchema, videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import type { listVideoHistory } from '@/lib/catalogue/list-video-history';
import type { listVideos } from '@/lib/catalogue/list-videos';
import { ApiError, apiFetch } from './api';

type Query = Record<string, string | number | undefined>;

function search(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const fetchVideos = (query: z.input<typeof videoListQuerySchema>) =>
  apiFetch<Awaited<ReturnType<typeof listVideos>>>(`/api/videos${search(query as Query)}`);

export const fetchVideoHistory = (query: z.input<typeof historyQuerySchema>) =>
  apiFetch<Awaited<ReturnType<typeof listVideoHistory>>>(`/api/videos/history${search(query as Query)}`);

/** The sprite's WebVTT as text (a card's vttUrl). */
export async function fetchSpriteVtt(url: string): Promise<string> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) throw new ApiError(response?.status ?? 0, 'sprite', 'The preview frames could not be loaded.');
  return response.text();
}

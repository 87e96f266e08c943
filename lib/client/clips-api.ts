// Typed fetchers of clips (app/api/assets/:id/clips, app/api/clips/:id): what the browser sends
// and what it gets back.
import type { z } from 'zod';
import type { ClipList, ClipView, clipInputSchema } from '@/lib/clips/clips.schemas';
import { apiFetch } from './api';

export const fetchVideoClips = (assetId: string) => apiFetch<ClipList>(`/api/assets/${encodeURIComponent(assetId)}/clips`).then((r) => r.clips);

export const createClip = (assetId: string, input: z.input<typeof clipInputSchema>) =>
  apiFetch<{ clip: ClipView }>(`/api/assets/${encodeURIComponent(assetId)}/clips`, { method: 'POST', json: input }).then((r) => r.clip);

export const fetchClip = (clipId: string) => apiFetch<ClipView>(`/api/clips/${encodeURIComponent(clipId)}`);

export const deleteClip = (clipId: string) => apiFetch<null>(`/api/clips/${encodeURIComponent(clipId)}`, { method: 'DELETE' });

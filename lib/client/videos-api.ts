// Typed fetchers of the video page (app/api/assets/:id and its interactions, plays, markers,
// finish-points, comments, chapters, poster, frame, subtitles, vtt): what the browser sends and
// what it gets back.
import type { z } from 'zod';
import type { AssetDetails, PosterResult, updateAssetInfoSchema } from '@/lib/assets/assets.schemas';
import type { SubtitleTrack } from '@/lib/assets/playback.schemas';
import type { ChapterList, ChapterView, chapterInputSchema } from '@/lib/chapters/chapters.schemas';
import type {
  CommentView,
  FinishPointView,
  MarkerView,
  markerInputSchema,
  PlayReport,
  PlayReportResult,
  updateInteractionSchema,
  VideoInteractions,
} from '@/lib/interactions/interactions.schemas';
import { apiFetch } from './api';

const videoUrl = (id: string) => `/api/assets/${encodeURIComponent(id)}`;

export const fetchVideoInteractions = (id: string) => apiFetch<VideoInteractions>(`${videoUrl(id)}/interactions`);

/** Like, rating (0.5–5 in halves, null clears), favourite and its date; answers everything again. */
export const updateVideoInteraction = (id: string, input: z.input<typeof updateInteractionSchema>) =>
  apiFetch<VideoInteractions>(`${videoUrl(id)}/interactions`, { method: 'PATCH', json: input });

export const addMarker = (id: string, input: z.input<typeof markerInputSchema>) =>
  apiFetch<MarkerView>(`${videoUrl(id)}/markers`, { method: 'POST', json: input });

export const removeMarker = (id: string, markerId: string) =>
  apiFetch<{ ok: true }>(`${videoUrl(id)}/markers/${encodeURIComponent(markerId)}`, { method: 'DELETE' });

export const addFinishPoint = (id: string, seconds: number) =>
  apiFetch<FinishPointView>(`${videoUrl(id)}/finish-points`, { method: 'POST', json: { seconds } });

export const addComment = (id: string, body: string) => apiFetch<CommentView>(`${videoUrl(id)}/comments`, { method: 'POST', json: { body } });

export const editComment = (id: string, commentId: string, body: string) =>
  apiFetch<CommentView>(`${videoUrl(id)}/comments/${encodeURIComponent(commentId)}`, { method: 'PATCH', json: { body } });

export const removeComment = (id: string, commentId: string) =>
  apiFetch<{ ok: true }>(`${videoUrl(id)}/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE' });

export const fetchSubtitleTracks = (id: string) => apiFetch<{ tracks: SubtitleTrack[] }>(`${videoUrl(id)}/subtitles`).then((r) => r.tracks);

export const spriteVttUrl = (id: string) => `${videoUrl(id)}/vtt`;

/** The seek sprite's WebVTT, or null while the video's preview media are not made (404). */
export async function fetchSpriteVtt(id: string): Promise<string | null> {
  const response = await fetch(spriteVttUrl(id)).catch(() => null);
  return response?.ok ? response.text() : null;
}

/**
 * One play report (the play's total watched seconds and the position). `keepalive` lets it
 * leave while the page unloads (pagehide), where an ordinary fetch would be cancelled.
 */
export async function sendPlayReport(id: string, playId: string, report: PlayReport, keepalive = false): Promise<PlayReportResult | null> {
  const response = await fetch(`${videoUrl(id)}/plays/${encodeURIComponent(playId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
    keepalive,
  }).catch(() => null);
  return response?.ok ? ((await response.json().catch(() => null)) as PlayReportResult | null) : null;
}

/** The frame at `seconds` as a JPEG attachment ("save this frame"). */
export const frameUrl = (id: string, seconds: number) => `${videoUrl(id)}/frame?t=${seconds.toFixed(3)}`;

/** Title, description, external link (owner only); answers the details again. */
export const updateAssetInfo = (id: string, input: z.input<typeof updateAssetInfoSchema>) => apiFetch<AssetDetails>(videoUrl(id), { method: 'PATCH', json: input });

export const fetchChapters = (id: string) => apiFetch<ChapterList>(`${videoUrl(id)}/chapters`).then((r) => r.chapters);

export const addChapter = (id: string, input: z.input<typeof chapterInputSchema>) => apiFetch<ChapterView>(`${videoUrl(id)}/chapters`, { method: 'POST', json: input });

export const removeChapter = (id: string, chapterId: string) => apiFetch<null>(`${videoUrl(id)}/chapters/${encodeURIComponent(chapterId)}`, { method: 'DELETE' });

/** The frame at `seconds` becomes the video's poster and thumbnail (owner only). */
export const setVideoPoster = (id: string, seconds: number) => apiFetch<PosterResult>(`${videoUrl(id)}/poster`, { method: 'POST', json: { seconds } });

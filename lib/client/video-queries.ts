'use client';
// TanStack Query hooks of the video page: this user's interactions with one video (like,
// rating, favourite, markers, finish points, everyone's comments), its chapters, its details
// (title, description, link, poster) and its subtitle tracks.
// Every change answers with the new row (or everything, for PATCH), written into the cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import type { ChapterView } from '@/lib/chapters/chapters.schemas';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import { timelineKeys } from './timeline-queries';
import * as api from './videos-api';

export const videoKeys = {
  interactions: (id: string) => ['asset', id, 'interactions'] as const,
  subtitles: (id: string) => ['asset', id, 'subtitles'] as const,
  chapters: (id: string) => ['asset', id, 'chapters'] as const,
};

export function useChapters(id: string, initialData?: ChapterView[]) {
  return useQuery({ queryKey: videoKeys.chapters(id), queryFn: () => api.fetchChapters(id), initialData });
}

export function useAddChapter(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof api.addChapter>[1]) => api.addChapter(id, input),
    onSuccess: (chapter) => {
      client.setQueryData<ChapterView[]>(videoKeys.chapters(id), (old) => [...(old ?? []), chapter].sort((a, b) => a.seconds - b.seconds));
      void client.invalidateQueries({ queryKey: videoKeys.chapters(id) });
    },
  });
}

export function useRemoveChapter(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (chapterId: string) => (await api.removeChapter(id, chapterId), chapterId),
    onSuccess: (gone) => client.setQueryData<ChapterView[]>(videoKeys.chapters(id), (old) => old?.filter((c) => c.id !== gone)),
  });
}

/** Title, description, link: the answer is the new details, shared with the viewer's cache. */
export function useUpdateAssetInfo(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof api.updateAssetInfo>[1]) => api.updateAssetInfo(id, input),
    onSuccess: (details) => client.setQueryData<AssetDetails>(timelineKeys.asset(id), details),
  });
}

export function useSetPoster(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (seconds: number) => api.setVideoPoster(id, seconds),
    onSuccess: () => client.invalidateQueries({ queryKey: timelineKeys.asset(id), exact: true }), // the details only, not every ['asset', id, …] query
  });
}

export function useVideoInteractions(id: string, initialData?: VideoInteractions) {
  return useQuery({ queryKey: videoKeys.interactions(id), queryFn: () => api.fetchVideoInteractions(id), initialData });
}

export function useSubtitleTracks(id: string) {
  return useQuery({ queryKey: videoKeys.subtitles(id), queryFn: () => api.fetchSubtitleTracks(id), staleTime: Number.POSITIVE_INFINITY });
}

/** A change to the cached interactions, then a refetch of the truth. */
function useInteractionsMutation<I, R>(id: string, mutationFn: (input: I) => Promise<R>, apply: (old: VideoInteractions, result: R) => VideoInteractions) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      client.setQueryData<VideoInteractions>(videoKeys.interactions(id), (old) => (old ? apply(old, result) : old));
      void client.invalidateQueries({ queryKey: videoKeys.interactions(id) });
    },
  });
}

/** Like, rating and favourite show at once (optimistic); a refused change is rolled back. */
export function useUpdateInteraction(id: string) {
  const client = useQueryClient();
  const key = videoKeys.interactions(id);
  return useMutation({
    mutationFn: (input: Parameters<typeof api.updateVideoInteraction>[1]) => api.updateVideoInteraction(id, input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<VideoInteractions>(key);
      if (before) client.setQueryData<VideoInteractions>(key, expectedAfter(before, input));
      return { before };
    },
    onError: (_error, _input, context) => context?.before && client.setQueryData(key, context.before),
    onSuccess: (fresh) => client.setQueryData(key, fresh),
  });
}

function expectedAfter(old: VideoInteractions, input: Parameters<typeof api.updateVideoInteraction>[1]): VideoInteractions {
  const next = { ...old };
  if (input.liked !== undefined && input.liked !== old.liked) {
    next.liked = input.liked;
    next.likeCount = Math.max(0, old.likeCount + (input.liked ? 1 : -1));
  }
  if (input.rating !== undefined) next.rating = input.rating;
  if (input.favourite !== undefined) next.favouriteAt = input.favourite ? (old.favouriteAt ?? new Date().toISOString()) : null;
  if (input.favouriteAt !== undefined) next.favouriteAt = input.favouriteAt;
  return next;
}

export const useAddMarker = (id: string) =>
  useInteractionsMutation(id, (input: Parameters<typeof api.addMarker>[1]) => api.addMarker(id, input), (old, m) => ({ ...old, markers: [...old.markers, m].sort((a, b) => a.seconds - b.seconds) }));

export const useRemoveMarker = (id: string) =>
  useInteractionsMutation(id, async (markerId: string) => (await api.removeMarker(id, markerId), markerId), (old, gone) => ({ ...old, markers: old.markers.filter((m) => m.id !== gone) }));

export const useAddFinishPoint = (id: string) =>
  useInteractionsMutation(id, (seconds: number) => api.addFinishPoint(id, seconds), (old, f) => ({ ...old, finishPoints: [f, ...old.finishPoints] }));

export const useAddComment = (id: string) =>
  useInteractionsMutation(id, (body: string) => api.addComment(id, body), (old, c) => ({ ...old, comments: [...old.comments, c] }));

export const useEditComment = (id: string) =>
  useInteractionsMutation(id, (input: { commentId: string; body: string }) => api.editComment(id, input.commentId, input.body), (old, c) => ({
    ...old,
    comments: old.comments.map((x) => (x.id === c.id ? c : x)),
  }));

export const useRemoveComment = (id: string) =>
  useInteractionsMutation(id, async (commentId: string) => (await api.removeComment(id, commentId), commentId), (old, gone) => ({ ...old, comments: old.comments.filter((c) => c.id !== gone) }));

'use client';
// TanStack Query hooks of the video page: this user's interactions with one video (like,
// rating, favourite, markers, finish points, everyone's comments) and its subtitle tracks.
// Every change answers with the new row (or everything, for PATCH), written into the cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import * as api from './videos-api';

export const videoKeys = {
  interactions: (id: string) => ['asset', id, 'interactions'] as const,
  subtitles: (id: string) => ['asset', id, 'subtitles'] as const,
};

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

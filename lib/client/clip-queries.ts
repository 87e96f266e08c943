'use client';
// TanStack Query hooks of clips: my clips of a video, one clip polled while it is being made
// (once a second, until it is done or failed), making and deleting one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClipView } from '@/lib/clips/clips.schemas';
import * as api from './clips-api';

export const clipKeys = {
  ofVideo: (assetId: string) => ['asset', assetId, 'clips'] as const,
  one: (clipId: string) => ['clip', clipId] as const,
};

const POLL_MS = 1000;
const isActive = (clip: ClipView | undefined) => clip?.status === 'queued' || clip?.status === 'running';

export function useVideoClips(assetId: string) {
  return useQuery({ queryKey: clipKeys.ofVideo(assetId), queryFn: () => api.fetchVideoClips(assetId) });
}

export function useClip(clip: ClipView) {
  return useQuery({
    queryKey: clipKeys.one(clip.id),
    queryFn: () => api.fetchClip(clip.id),
    initialData: clip,
    refetchInterval: (query) => (isActive(query.state.data) ? POLL_MS : false),
  });
}

export function useCreateClip(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof api.createClip>[1]) => api.createClip(assetId, input),
    onSuccess: (clip) => client.setQueryData<ClipView[]>(clipKeys.ofVideo(assetId), (old) => [clip, ...(old ?? [])]),
  });
}

export function useDeleteClip(assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (clipId: string) => (await api.deleteClip(clipId), clipId),
    onSuccess: (gone) => {
      client.setQueryData<ClipView[]>(clipKeys.ofVideo(assetId), (old) => old?.filter((c) => c.id !== gone));
      client.removeQueries({ queryKey: clipKeys.one(gone) });
    },
  });
}

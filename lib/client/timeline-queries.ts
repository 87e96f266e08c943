'use client';
// TanStack Query keys, fetchers and mutations of the timeline. Buckets are cached per view and
// month; a bulk action refreshes the counts and the months it touched.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import type { TimelineBucketSummary, TimelineView } from '@/lib/timeline/timeline.schemas';
import { decodeBucket, type TimelineBucketWire } from '@/lib/timeline/bucket-wire';
import { timelineBucketUrl } from '@/lib/timeline/thumbnail-url';
import { apiFetch } from './api';
import { applyBulkAction, emptyTrashNow, fetchAssetDetails, fetchNeighbours } from './assets-api';

export const timelineKeys = {
  all: ['timeline'] as const,
  buckets: (view: TimelineView) => ['timeline', view, 'buckets'] as const,
  bucket: (view: TimelineView, month: string) => ['timeline', view, 'bucket', month] as const,
  asset: (id: string) => ['asset', id] as const,
  neighbours: (view: TimelineView, id: string) => ['asset', id, 'neighbours', view] as const,
};

function fetchBuckets(view: TimelineView) {
  return apiFetch<{ buckets: TimelineBucketSummary[] }>(`/api/timeline/buckets?view=${encodeURIComponent(view)}`).then((r) => r.buckets);
}

export function fetchBucket(view: TimelineView, month: string) {
  return apiFetch<TimelineBucketWire>(timelineBucketUrl(view, month)).then(decodeBucket);
}

export function useBuckets(view: TimelineView, initialData?: TimelineBucketSummary[]) {
  return useQuery({
    queryKey: timelineKeys.buckets(view),
    queryFn: () => fetchBuckets(view),
    initialData,
    // Counts come from a view refreshed a few seconds after ingest; reading it costs about a
    // millisecond, so an open timeline looks again every few seconds and new photos appear.
    refetchInterval: 5_000,
  });
}

export function useAssetDetails(id: string, initialData?: AssetDetails) {
  return useQuery({ queryKey: timelineKeys.asset(id), queryFn: () => fetchAssetDetails(id), initialData });
}

export function useNeighbours(view: TimelineView, id: string, enabled = true) {
  return useQuery({
    queryKey: timelineKeys.neighbours(view, id),
    queryFn: () => fetchNeighbours(view, id),
    enabled,
  });
}

export function useBulkAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: applyBulkAction,
    onSuccess: async (_result, input) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: timelineKeys.all }),
        ...input.ids.map((id) => client.invalidateQueries({ queryKey: timelineKeys.asset(id) })),
      ]);
    },
  });
}

export function useEmptyTrash() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: emptyTrashNow,
    onSuccess: () => client.invalidateQueries({ queryKey: timelineKeys.all }),
  });
}

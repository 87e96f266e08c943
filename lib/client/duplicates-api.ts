'use client';
// Typed fetchers and TanStack Query hooks of the duplicates view (/api/videos/duplicates…):
// the pairs within a distance, "keep this one" and "not duplicates". After a change the pairs
// are fetched again (a kept or dismissed pair is gone; others may now show).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DuplicatePairs, DuplicatesQuery, keepDuplicateSchema, notDuplicatesSchema } from '@/lib/duplicates/duplicates.schemas';
import { apiFetch } from './api';

export const fetchDuplicatePairs = (distance: DuplicatesQuery['distance']) => apiFetch<DuplicatePairs>(`/api/videos/duplicates?distance=${distance}`);

export const keepDuplicate = (input: z.input<typeof keepDuplicateSchema>) => apiFetch<{ trashed: number }>('/api/videos/duplicates/keep', { method: 'POST', json: input });

export const markNotDuplicates = (input: z.input<typeof notDuplicatesSchema>) =>
  apiFetch<null>('/api/videos/duplicates/not-duplicates', { method: 'POST', json: input });

const pairsKey = (distance: number) => ['videos', 'duplicates', distance] as const;

export function useDuplicatePairs(distance: DuplicatesQuery['distance'], initialData?: DuplicatePairs) {
  return useQuery({ queryKey: pairsKey(distance), queryFn: () => fetchDuplicatePairs(distance), initialData });
}

function useRefetchingMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: ['videos', 'duplicates'] }) });
}

export const useKeepDuplicate = () => useRefetchingMutation(keepDuplicate);
export const useMarkNotDuplicates = () => useRefetchingMutation(markNotDuplicates);

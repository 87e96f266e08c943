'use client';
// Typed fetchers and TanStack Query hooks of the photo duplicates page (/api/duplicates…): the
// groups, "keep this one" and "not duplicates". After a change the groups are fetched again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { keepPhotoSchema, PhotoDuplicateGroups, photoNotDuplicatesSchema } from '@/lib/duplicates/photo-duplicates.schemas';
import { apiFetch } from './api';

const groupsKey = ['photos', 'duplicates'] as const;

export const fetchPhotoDuplicateGroups = () => apiFetch<PhotoDuplicateGroups>('/api/duplicates');

export const keepPhotoDuplicate = (input: z.input<typeof keepPhotoSchema>) => apiFetch<{ trashed: number }>('/api/duplicates/keep', { method: 'POST', json: input });

export const markPhotoNotDuplicates = (input: z.input<typeof photoNotDuplicatesSchema>) =>
  apiFetch<null>('/api/duplicates/not-duplicates', { method: 'POST', json: input });

export function usePhotoDuplicateGroups(initialData?: PhotoDuplicateGroups) {
  return useQuery({ queryKey: groupsKey, queryFn: fetchPhotoDuplicateGroups, initialData });
}

function useRefetchingMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  // Refetched after an error too: a 409 means the group was decided elsewhere.
  return useMutation({ mutationFn, onSettled: () => client.invalidateQueries({ queryKey: groupsKey }) });
}

export const useKeepPhotoDuplicate = () => useRefetchingMutation(keepPhotoDuplicate);
export const useMarkPhotoNotDuplicates = () => useRefetchingMutation(markPhotoNotDuplicates);

'use client';
// Saved searches of the catalogue (app/api/me/saved-searches) as TanStack Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedSearchView } from '@/lib/saved-searches/saved-searches.schemas';
import { apiFetch } from './api';

const key = ['me', 'saved-searches'] as const;

export function useSavedSearches(enabled: boolean) {
  return useQuery({ queryKey: key, queryFn: () => apiFetch<{ items: SavedSearchView[] }>('/api/me/saved-searches').then((r) => r.items), enabled });
}

export function useSaveSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: string }) => apiFetch<SavedSearchView>('/api/me/saved-searches', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<{ ok: true }>(`/api/me/saved-searches/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

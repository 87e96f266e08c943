'use client';
// TanStack Query hooks of albums: the list, one album and its items (pages loaded as the grid
// scrolls), the viewer's neighbours inside an album, and the mutations, which refresh the album.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlbumItemsPage, AlbumUpdate, AlbumView } from '@/lib/albums/albums.schemas';
import * as api from './albums-api';

export const albumKeys = {
  all: ['albums'] as const,
  list: ['albums', 'list'] as const,
  album: (id: string) => ['albums', id] as const,
  items: (id: string) => ['albums', id, 'items'] as const,
  neighbours: (id: string, assetId: string) => ['albums', id, 'neighbours', assetId] as const,
};

const PAGE = 500;

export function useAlbums(initialData?: AlbumView[]) {
  return useQuery({ queryKey: albumKeys.list, queryFn: api.fetchAlbums, initialData });
}

export function useAlbum(id: string, initialData?: AlbumView) {
  return useQuery({ queryKey: albumKeys.album(id), queryFn: () => api.fetchAlbum(id), initialData });
}

export function useAlbumItems(id: string, firstPage?: AlbumItemsPage) {
  return useInfiniteQuery({
    initialData: firstPage && { pages: [firstPage], pageParams: [0] },
    queryKey: albumKeys.items(id),
    queryFn: ({ pageParam }) => api.fetchAlbumItems(id, pageParam, PAGE),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.id.length < last.total && last.id.length > 0 ? last.offset + last.id.length : undefined),
  });
}

export function useAlbumNeighbours(albumId: string | null, assetId: string) {
  return useQuery({ queryKey: albumKeys.neighbours(albumId ?? '', assetId), queryFn: () => api.fetchAlbumNeighbours(albumId ?? '', assetId), enabled: albumId !== null });
}

/** Every mutation of one album refreshes it, its items and the list. */
function useAlbumMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: albumKeys.all }) });
}

export const useCreateAlbum = () => useAlbumMutation(api.createAlbum);
export const useUpdateAlbum = (id: string) => useAlbumMutation((input: AlbumUpdate) => api.updateAlbum(id, input));
export const useDeleteAlbum = () => useAlbumMutation(api.deleteAlbum);
export const useAddAlbumItems = () => useAlbumMutation(({ albumId, assetIds }: { albumId: string; assetIds: string[] }) => api.addAlbumItems(albumId, assetIds));
export const useRemoveAlbumItems = (id: string) => useAlbumMutation((assetIds: string[]) => api.removeAlbumItems(id, assetIds));
export const useMoveAlbumItem = (id: string) => useAlbumMutation((move: { assetId: string; before?: string; after?: string }) => api.moveAlbumItem(id, move));

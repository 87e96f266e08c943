// Browser-side calls of the album routes (app/api/albums/**).
import type { AlbumCreate, AlbumItemsChange, AlbumItemsPage, AlbumList, AlbumMove, AlbumNeighbours, AlbumUpdate, AlbumView } from '@/lib/albums/albums.schemas';
import { apiFetch } from './api';

export const fetchAlbums = () => apiFetch<AlbumList>('/api/albums').then((r) => r.albums);
export const fetchAlbum = (id: string) => apiFetch<AlbumView>(`/api/albums/${id}`);
export const fetchAlbumItems = (id: string, offset: number, limit = 500) => apiFetch<AlbumItemsPage>(`/api/albums/${id}/assets?offset=${offset}&limit=${limit}`);
export const fetchAlbumNeighbours = (id: string, assetId: string) => apiFetch<AlbumNeighbours>(`/api/albums/${id}/neighbours?assetId=${assetId}`);
export const createAlbum = (input: AlbumCreate) => apiFetch<AlbumView>('/api/albums', { method: 'POST', json: input });
export const updateAlbum = (id: string, input: AlbumUpdate) => apiFetch<AlbumView>(`/api/albums/${id}`, { method: 'PATCH', json: input });
export const deleteAlbum = (id: string) => apiFetch<null>(`/api/albums/${id}`, { method: 'DELETE' });
export const addAlbumItems = (id: string, assetIds: string[]) => apiFetch<AlbumItemsChange>(`/api/albums/${id}/assets`, { method: 'POST', json: { assetIds } });
export const removeAlbumItems = (id: string, assetIds: string[]) => apiFetch<AlbumItemsChange>(`/api/albums/${id}/assets/remove`, { method: 'POST', json: { assetIds } });
export const moveAlbumItem = (id: string, move: AlbumMove) => apiFetch<AlbumView>(`/api/albums/${id}/move`, { method: 'POST', json: move });

// Typed fetchers of places (app/api/places/*, app/api/assets/*/location, app/api/admin/places).
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import type { CitySuggestion, LocationInput, LocationUpdate, PlacesBackfillStatus } from '@/lib/places/places.schemas';
import { apiFetch } from './api';

export const fetchCities = (q: string, signal?: AbortSignal) => apiFetch<CitySuggestion[]>(`/api/places/cities?${new URLSearchParams({ q, limit: '8' })}`, { signal });

export const setAssetLocation = (id: string, location: LocationInput) =>
  apiFetch<AssetDetails>(`/api/assets/${encodeURIComponent(id)}/location`, { method: 'PUT', json: location });

export const revertAssetLocation = (id: string) => apiFetch<AssetDetails>(`/api/assets/${encodeURIComponent(id)}/location`, { method: 'DELETE' });

/** Many at once, all or nothing; null reverts each to its file's place. */
export const setAssetsLocation = (ids: string[], location: LocationInput | null) => apiFetch<LocationUpdate>('/api/assets/location', { method: 'POST', json: { ids, location } });

export const fetchPlacesBackfill = () => apiFetch<PlacesBackfillStatus>('/api/admin/places');
export const queuePlacesBackfill = () => apiFetch<PlacesBackfillStatus>('/api/admin/places', { method: 'POST' });

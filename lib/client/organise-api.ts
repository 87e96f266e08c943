// Typed fetchers of organise (performers, studios, tags, a video's links), for the client
// components under components/organise.
import type { VideoPage } from '@/lib/catalogue/catalogue.schemas';
import type { EntityDetails, EntityPage, VideoOrganise } from '@/lib/organise/organise.schemas';
import { apiFetch } from './api';

export type OrganiseSegment = 'performers' | 'studios' | 'tags';

export const fetchEntities = (segment: OrganiseSegment, query: { q?: string; sort?: string; page?: number; pageSize?: number }) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  return apiFetch<EntityPage>(`/api/${segment}?${params}`);
};

export const createEntityRequest = (segment: OrganiseSegment, body: Record<string, unknown>) => apiFetch<EntityDetails>(`/api/${segment}`, { method: 'POST', json: body });
export const updateEntityRequest = (segment: OrganiseSegment, id: string, body: Record<string, unknown>) =>
  apiFetch<EntityDetails>(`/api/${segment}/${id}`, { method: 'PATCH', json: body });
export const deleteEntityRequest = (segment: OrganiseSegment, id: string) => apiFetch<null>(`/api/${segment}/${id}`, { method: 'DELETE' });
export const mergeEntitiesRequest = (segment: OrganiseSegment, id: string, sourceIds: string[]) =>
  apiFetch<EntityDetails>(`/api/${segment}/${id}/merge`, { method: 'POST', json: { sourceIds } });
export const fetchEntityVideos = (segment: OrganiseSegment, id: string, page: number) => apiFetch<VideoPage>(`/api/${segment}/${id}/videos?page=${page}&pageSize=24`);

export const uploadEntityImage = (segment: OrganiseSegment, id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return apiFetch<{ imageUrl: string }>(`/api/${segment}/${id}/image`, { method: 'POST', body: form });
};
export const frameEntityImage = (segment: OrganiseSegment, id: string, assetId: string, seconds: number) =>
  apiFetch<{ imageUrl: string }>(`/api/${segment}/${id}/image`, { method: 'POST', json: { assetId, seconds } });
export const removeEntityImageRequest = (segment: OrganiseSegment, id: string) => apiFetch<null>(`/api/${segment}/${id}/image`, { method: 'DELETE' });

export const fetchVideoOrganise = (assetId: string) => apiFetch<VideoOrganise>(`/api/assets/${assetId}/organise`);
export const patchVideoOrganise = (assetId: string, body: Record<string, unknown>) => apiFetch<VideoOrganise>(`/api/assets/${assetId}/organise`, { method: 'PATCH', json: body });

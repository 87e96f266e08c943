// Typed fetchers of /people (lib/faces), for the client components under components/people.
import type { PersonCard } from '@/lib/faces/faces.schemas';
import { apiFetch } from './api';

export const updatePersonRequest = (id: string, body: { name?: string; hidden?: boolean; coverFaceId?: string }) =>
  apiFetch<PersonCard>(`/api/people/${id}`, { method: 'PATCH', json: body });
export const mergePeopleRequest = (id: string, sourceIds: string[]) => apiFetch<PersonCard>(`/api/people/${id}/merge`, { method: 'POST', json: { sourceIds } });
export const rejectFaceRequest = (faceId: string) => apiFetch<{ personId: string | null }>(`/api/faces/${faceId}/reject`, { method: 'POST' });
export const faceThumbUrl = (faceId: string) => `/api/faces/${faceId}/thumb`;

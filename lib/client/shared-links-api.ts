// Typed fetchers of shared links: the owner's (app/api/shared-links) and the link holder's
// password form (app/api/s/:token/unlock).
import type { z } from 'zod';
import type { CreatedSharedLink, SharedLinkView, createSharedLinkSchema, updateSharedLinkSchema } from '@/lib/shared-links/shared-links.schemas';
import { apiFetch } from './api';

export const fetchMySharedLinks = () => apiFetch<{ links: SharedLinkView[] }>('/api/shared-links').then((r) => r.links);

export const createSharedLink = (input: z.input<typeof createSharedLinkSchema>) => apiFetch<CreatedSharedLink>('/api/shared-links', { method: 'POST', json: input });

export const updateSharedLink = (id: string, input: z.input<typeof updateSharedLinkSchema>) =>
  apiFetch<SharedLinkView>(`/api/shared-links/${encodeURIComponent(id)}`, { method: 'PATCH', json: input });

export const revokeSharedLink = (id: string) => apiFetch<SharedLinkView>(`/api/shared-links/${encodeURIComponent(id)}/revoke`, { method: 'POST' });

export const deleteSharedLink = (id: string) => apiFetch<null>(`/api/shared-links/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The password goes in the body, never in the address. */
export const unlockLink = (token: string, password: string) => apiFetch<{ ok: true }>(`/api/s/${encodeURIComponent(token)}/unlock`, { method: 'POST', json: { password } });

/** A file of an item under a link, by asset id (the link holder's API). */
export const linkMediaUrl = (token: string, id: string, kind: 'thumbnail' | 'preview' | 'original') =>
  `/api/s/${encodeURIComponent(token)}/assets/${encodeURIComponent(id)}/${kind}`;

// Typed fetchers of the library routes (app/api/libraries/*): add, change settings, scan now.
import type { z } from 'zod';
import type { createLibrary } from '@/lib/libraries/create-library';
import type { createLibrarySchema, Person, updateLibrarySchema } from '@/lib/libraries/libraries.schemas';
import type { updateLibrary } from '@/lib/libraries/update-library';
import { apiFetch, type Jsonified } from './api';

const libraryUrl = (id: string) => `/api/libraries/${encodeURIComponent(id)}`;

/** Adds a library folder for a user and queues its first scan. */
export const addLibrary = (input: z.input<typeof createLibrarySchema>) =>
  apiFetch<{ library: Jsonified<Awaited<ReturnType<typeof createLibrary>>> }>('/api/libraries', { method: 'POST', json: input });

export const updateLibrarySettings = (id: string, change: z.input<typeof updateLibrarySchema>) =>
  apiFetch<{ library: Jsonified<Awaited<ReturnType<typeof updateLibrary>>> }>(libraryUrl(id), { method: 'PATCH', json: change });

/** "Scan now": repeated clicks fold into one scan. */
export const scanLibrary = (id: string) => apiFetch<{ queued: true }>(`${libraryUrl(id)}/scan`, { method: 'POST' });

/** Shares the library read-only with one more person; answers everyone it is shared with. */
export const shareLibrary = (id: string, userId: string) =>
  apiFetch<{ members: Person[] }>(`${libraryUrl(id)}/members`, { method: 'POST', json: { userId } });

export const unshareLibrary = (id: string, userId: string) =>
  apiFetch<null>(`${libraryUrl(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });

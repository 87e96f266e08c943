// Typed fetchers of my account (app/api/me/*): profile, password, sessions, API keys.
import type { z } from 'zod';
import type { createApiKey, createApiKeySchema } from '@/lib/auth/create-api-key';
import type { changePassword } from '@/lib/users/change-password';
import type { updateProfile } from '@/lib/users/update-profile';
import type { changePasswordSchema, updateProfileSchema } from '@/lib/users/users.schemas';
import { apiFetch, type Jsonified } from './api';

type Profile = Pick<Awaited<ReturnType<typeof updateProfile>>, 'id' | 'email' | 'name' | 'role'>;

export const updateMyProfile = (input: z.input<typeof updateProfileSchema>) =>
  apiFetch<{ user: Profile }>('/api/me', { method: 'PATCH', json: input });

export const changeMyPassword = (input: z.input<typeof changePasswordSchema>) =>
  apiFetch<Awaited<ReturnType<typeof changePassword>>>('/api/me/password', { method: 'POST', json: input });

export const endMySession = (id: string) => apiFetch<{ ok: true }>(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The secret is in this answer only. */
export const createMyApiKey = (input: z.input<typeof createApiKeySchema>) =>
  apiFetch<Jsonified<Awaited<ReturnType<typeof createApiKey>>>>('/api/me/api-keys', { method: 'POST', json: input });

export const deleteMyApiKey = (id: string) => apiFetch<{ ok: true }>(`/api/me/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });

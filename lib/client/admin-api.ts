// Typed fetchers of the administrator's routes (app/api/admin/*): users, invites, job failures.
import type { z } from 'zod';
import type { createResetLink } from '@/lib/auth/request-password-reset';
import type { retryJobFailures } from '@/lib/jobs/retry-job-failures';
import type { retryFailuresSchema } from '@/lib/jobs/job-failures.schemas';
import type { createInvite } from '@/lib/users/create-invite';
import type { updateUserAsAdmin } from '@/lib/users/update-user';
import type { createInviteSchema, updateUserSchema } from '@/lib/users/users.schemas';
import type { SimilarStatus } from '@/lib/similar/get-similar-status';
import type { listVideoMediaProgress } from '@/lib/assets/list-video-media-progress';
import type { MlProgress } from '@/lib/ml/ml.schemas';
import type { LiveOverview } from '@/lib/admin/overview.schemas';
import { apiFetch, type Jsonified } from './api';

const userUrl = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export const updateUser = (id: string, change: z.input<typeof updateUserSchema>) =>
  apiFetch<{ user: Jsonified<Awaited<ReturnType<typeof updateUserAsAdmin>>> }>(userUrl(id), { method: 'PATCH', json: change });

/** Disables the account now; its data is deleted by a job. */
export const deleteUser = (id: string) => apiFetch<{ queued: true }>(userUrl(id), { method: 'DELETE' });

/** A one-hour reset link for the administrator to hand over (mail off). */
export const makeResetLink = (id: string) =>
  apiFetch<Pick<Awaited<ReturnType<typeof createResetLink>>, 'url'>>(`${userUrl(id)}/reset-link`, { method: 'POST' });

/** The link to copy, and whether it was mailed. The schema's input type is `unknown` where it
 *  coerces (email, days), so the request is typed by its output, which it accepts as is. */
export const createInvitation = (input: z.output<typeof createInviteSchema>) =>
  apiFetch<Pick<Awaited<ReturnType<typeof createInvite>>, 'url' | 'mailed'>>('/api/admin/invites', { method: 'POST', json: input });

export const revokeInvitation = (id: string) => apiFetch<{ ok: true }>(`/api/admin/invites/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Queues failed jobs again: some by id, or every one matching a filter. */
export const retryFailedJobs = (input: z.input<typeof retryFailuresSchema>) =>
  apiFetch<Awaited<ReturnType<typeof retryJobFailures>>>('/api/admin/job-failures/retry', { method: 'POST', json: input });

/** Preview media progress of every video (totals, and the ones not done yet). */
export const fetchVideoMediaProgress = () =>
  apiFetch<Awaited<ReturnType<typeof listVideoMediaProgress>>>('/api/admin/video-media');

export const queueMissingVideoMedia = () => apiFetch<{ queued: number }>('/api/admin/video-media', { method: 'POST' });

/** ML analysis per part (done of total, waiting parts) and its jobs. */
export const fetchMlProgress = () => apiFetch<MlProgress>('/api/admin/ml-analysis');
export const queueMissingAnalysis = () => apiFetch<{ queued: number }>('/api/admin/ml-analysis', { method: 'POST' });

export const fetchSimilarStatus = () => apiFetch<SimilarStatus>('/api/admin/similar');
export const queueSimilarRebuild = () => apiFetch<SimilarStatus>('/api/admin/similar', { method: 'POST' });

/** The overview's live half (queue, workers, ingest throughput), for its ten-second refresh. */
export const fetchLiveOverview = () => apiFetch<LiveOverview>('/api/admin/overview?part=live');

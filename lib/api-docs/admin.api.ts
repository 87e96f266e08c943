// Administration: accounts and invites, job failures and queues of background work, and the
// health verdict monitors poll.
import { healthSchema, publicHealthSchema } from '@/lib/admin/admin.schemas';
import { videoMediaProgressSchema } from '@/lib/assets/assets.schemas';
import type { listVideoMediaProgress } from '@/lib/assets/list-video-media-progress';
import { adminOverviewSchema, liveOverviewSchema, overviewQuerySchema } from '@/lib/admin/overview.schemas';
import type { Health, PublicHealth } from '@/lib/admin/get-health';
import { failureFilterSchema, jobFailuresResponseSchema, retryFailuresSchema } from '@/lib/jobs/job-failures.schemas';
import type { listJobFailures } from '@/lib/jobs/list-job-failures';
import { mlProgressSchema, type MlProgress } from '@/lib/ml/ml.schemas';
import { similarStatusSchema } from '@/lib/similar/similar.schemas';
import type { SimilarStatus } from '@/lib/similar/get-similar-status';
import type { createInvite } from '@/lib/users/create-invite';
import type { listInvites } from '@/lib/users/list-invites';
import type { listUsersForAdmin } from '@/lib/users/list-users-for-admin';
import { adminUserSchema, createdInviteSchema, createInviteSchema, inviteSchema, updateUserSchema, userIdParamsSchema } from '@/lib/users/users.schemas';
import { z } from 'zod';
import { okResponseSchema, queuedResponseSchema } from './api-docs.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json, media } from './operation';

const usersSchema = z.object({ users: z.array(adminUserSchema) });
const invitesSchema = z.object({ invites: z.array(inviteSchema) });
const usersDocumented: Documents<typeof usersSchema.shape.users, Awaited<ReturnType<typeof listUsersForAdmin>>> = true;
const invitesDocumented: Documents<typeof invitesSchema.shape.invites, Awaited<ReturnType<typeof listInvites>>> = true;
const createdDocumented: Documents<typeof createdInviteSchema, Awaited<ReturnType<typeof createInvite>>> = true;
const failuresDocumented: Documents<typeof jobFailuresResponseSchema, Awaited<ReturnType<typeof listJobFailures>>> = true;
const healthDocumented: Documents<typeof healthSchema, Health> = true;
const publicHealthDocumented: Documents<typeof publicHealthSchema, PublicHealth> = true;
const videoMediaDocumented: Documents<typeof videoMediaProgressSchema, Awaited<ReturnType<typeof listVideoMediaProgress>>> = true;
const mlDocumented: Documents<typeof mlProgressSchema, MlProgress> = true;
const similarDocumented: Documents<typeof similarStatusSchema, SimilarStatus> = true;
void [videoMediaDocumented, mlDocumented, similarDocumented];
void [usersDocumented, invitesDocumented, createdDocumented, failuresDocumented, healthDocumented, publicHealthDocumented];

const lastAdmin = { 409: 'This would leave no active administrator.' };

export const adminRoutes: ApiRoutes = {
  health: {
    GET: {
      summary: 'Is Shoebox up: database reachable, a worker heartbeating',
      description: 'Anyone gets the verdict; an administrator also gets every worker process and launcher and the problem in words.',
      access: 'public',
      answers: {
        200: json('Up (status ok or degraded).', z.union([healthSchema, publicHealthSchema])),
        503: json('The database cannot be reached: the same report, status down.', z.union([healthSchema, publicHealthSchema])),
      },
    },
  },
  'admin/users': { GET: { summary: 'Every account with role and state', access: 'admin', answers: { 200: json('The accounts.', usersSchema) } } },
  'admin/users/[id]': {
    PATCH: { summary: 'Change role, or disable/enable (disabling ends every session)', access: 'admin', path: userIdParamsSchema, body: updateUserSchema, answers: { 200: json('The account as changed.', z.object({ user: adminUserSchema })) }, errors: lastAdmin },
    DELETE: { summary: 'Disable now and queue the deletion of their data', access: 'admin', path: userIdParamsSchema, answers: { 202: json('Queued.', queuedResponseSchema) }, errors: lastAdmin },
  },
  'admin/users/[id]/reset-link': {
    POST: { summary: 'A one-hour reset link for the administrator to hand over (mail off)', access: 'admin', path: userIdParamsSchema, answers: { 201: json('The link (its only copy).', z.object({ url: z.url() })) } },
  },
  'admin/invites': {
    GET: { summary: 'Pending invites', access: 'admin', answers: { 200: json('Unused and unexpired.', invitesSchema) } },
    POST: { summary: 'Create an invite; answers the link to copy and whether it was mailed', access: 'admin', body: createInviteSchema, answers: { 201: json('The invite.', createdInviteSchema) } },
  },
  'admin/invites/[id]': { DELETE: { summary: 'Revoke a pending invite', access: 'admin', answers: { 200: json('Revoked.', okResponseSchema) } } },
  'admin/job-failures': { GET: { summary: 'Open failure reports and counts by reason', access: 'admin', query: failureFilterSchema, answers: { 200: json('The failures.', jobFailuresResponseSchema) } } },
  'admin/job-failures/retry': {
    POST: { summary: 'Queue failed jobs again: some ids, or all matching a filter', access: 'admin', body: retryFailuresSchema, answers: { 200: json('How many were queued again.', z.object({ retried: z.number().int(), skipped: z.number().int() })) } },
  },
  'admin/video-media': {
    GET: { summary: 'Preview media progress: totals and the videos not done yet', access: 'admin', answers: { 200: json('The progress.', videoMediaProgressSchema) } },
    POST: { summary: 'Queue preview media for videos that have neither media nor a job', access: 'admin', answers: { 200: json('How many were queued.', queuedResponseSchema) } },
  },
  'admin/ml-analysis': {
    GET: { summary: 'ML analysis progress: assets done per part, parts waiting, jobs', access: 'admin', answers: { 200: json('The progress.', mlProgressSchema) } },
    POST: { summary: 'Queue analysis for assets missing a part that can run now', access: 'admin', answers: { 200: json('How many were queued.', queuedResponseSchema) } },
  },
  metrics: {
    GET: {
      summary: 'Prometheus metrics (text format) for a scraper',
      description:
        'HTTP requests by route template and status with latency histograms, jobs by task and state, queue depth and oldest waiting job, worker heartbeats, ingest rate, database pool, Node process. Send METRICS_TOKEN as a bearer token, or be signed in as an administrator. Names and meanings: docs/operate.md.',
      access: 'admin',
      answers: { 200: media('The metrics, Prometheus text exposition format 0.0.4.', 'text/plain') },
    },
  },
  'admin/overview': {
    GET: {
      summary: 'The /admin overview: users, libraries, derived storage, queue, workers, throughput, growth',
      description: 'With `part=live`, only the queue, the workers and the ingest throughput (what the page refreshes every ten seconds).',
      access: 'admin',
      query: overviewQuerySchema,
      answers: { 200: json('The overview (or its live half).', z.union([adminOverviewSchema, liveOverviewSchema])) },
    },
  },
  'admin/similar': {
    GET: { summary: 'The similar-videos index: last rebuild, videos waiting, rebuild job', access: 'admin', answers: { 200: json('Its state.', similarStatusSchema) } },
    POST: { summary: 'Queue a full rebuild now', access: 'admin', answers: { 202: json('Queued; the index’s state now.', similarStatusSchema) } },
  },
};

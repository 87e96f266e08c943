// The only SQL of job failure reports.
import { prisma, type Prisma } from '@/lib/server/db';
import type { FailureFilter, FailureReasonCount, FailureSubject, JobFailureView } from './job-failures.schemas';
import { redactPayload } from './redact-payload';

export interface NewJobFailure {
  jobId: string | null;
  task: string;
  payload: unknown;
  attempt: number;
  message: string;
  stack?: string | null;
  stderrTail?: string | null;
}

export async function insertJobFailure(f: NewJobFailure): Promise<void> {
  await prisma().jobFailure.create({
    data: {
      jobId: f.jobId,
      task: f.task,
      payload: (f.payload ?? {}) as object,
      attempt: f.attempt,
      message: f.message.slice(0, 2000),
      stack: f.stack?.slice(0, 8000) ?? null,
      stderrTail: f.stderrTail?.slice(-4000) ?? null,
    },
  });
}

function whereOpen(filter: FailureFilter): Prisma.JobFailureWhereInput {
  return {
    resolvedAt: null,
    ...(filter.task ? { task: filter.task } : {}),
    ...(filter.q ? { message: { contains: filter.q, mode: 'insensitive' } } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function payloadId(payload: unknown, key: 'assetId' | 'libraryId'): string | null {
  const value = payload && typeof payload === 'object' ? (payload as Record<string, unknown>)[key] : null;
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/** Library and path of the assets and libraries the failures' payloads point at, in two queries. */
async function subjectsOf(payloads: unknown[]): Promise<(FailureSubject | null)[]> {
  const assetIds = [...new Set(payloads.map((p) => payloadId(p, 'assetId')).filter((id): id is string => id !== null))];
  const libraryIds = [...new Set(payloads.map((p) => payloadId(p, 'libraryId')).filter((id): id is string => id !== null))];
  const [assets, libraries] = await Promise.all([
    assetIds.length ? prisma().asset.findMany({ where: { id: { in: assetIds } }, select: { id: true, relPath: true, library: { select: { id: true, name: true } } } }) : [],
    libraryIds.length ? prisma().library.findMany({ where: { id: { in: libraryIds } }, select: { id: true, name: true } }) : [],
  ]);
  const byAsset = new Map(assets.map((a) => [a.id, { libraryId: a.library.id, libraryName: a.library.name, relPath: a.relPath }]));
  const byLibrary = new Map(libraries.map((l) => [l.id, { libraryId: l.id, libraryName: l.name, relPath: null }]));
  return payloads.map((p) => byAsset.get(payloadId(p, 'assetId') ?? '') ?? byLibrary.get(payloadId(p, 'libraryId') ?? '') ?? null);
}

export async function listOpenFailures(filter: FailureFilter, take = 200): Promise<JobFailureView[]> {
  const rows = await prisma().jobFailure.findMany({ where: whereOpen(filter), orderBy: { createdAt: 'desc' }, take });
  const subjects = await subjectsOf(rows.map((r) => r.payload));
  return rows.map((r, i) => ({
    id: r.id,
    subject: subjects[i],
    jobId: r.jobId,
    task: r.task,
    payload: redactPayload(r.payload),
    attempt: r.attempt,
    message: r.message,
    stack: r.stack,
    stderrTail: r.stderrTail,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function countOpenFailuresByReason(filter: FailureFilter): Promise<FailureReasonCount[]> {
  const rows = await prisma().jobFailure.groupBy({
    by: ['message'],
    where: whereOpen(filter),
    _count: { _all: true },
    orderBy: { _count: { message: 'desc' } },
    take: 50,
  });
  return rows.map((r) => ({ message: r.message, count: r._count._all }));
}

export function findOpenFailures(where: { ids: string[] } | { filter: FailureFilter }) {
  return prisma().jobFailure.findMany({
    where: 'ids' in where ? { id: { in: where.ids }, resolvedAt: null } : whereOpen(where.filter),
    select: { id: true, task: true, payload: true },
  });
}

/** An asset whose ingest failed is pending again while its retried job waits. */
export async function markAssetIngestPendingAgain(tx: Prisma.TransactionClient, assetId: string): Promise<void> {
  await tx.asset.updateMany({ where: { id: assetId, ingestStatus: 'failed' }, data: { ingestStatus: 'pending', ingestError: null } });
}

export async function markFailuresResolved(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  await tx.jobFailure.updateMany({ where: { id: { in: ids } }, data: { resolvedAt: new Date() } });
}

/** Runs the retry's writes in one transaction: the jobs are queued and the reports resolved together. */
export function inFailuresTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma().$transaction(work);
}

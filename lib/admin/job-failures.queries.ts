// The only SQL of job failure reports.
import { prisma, type Prisma } from '@/lib/server/db';
import type { FailureFilter, FailureReasonCount, JobFailureView } from './job-failures.schemas';

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

export async function listOpenFailures(filter: FailureFilter, take = 200): Promise<JobFailureView[]> {
  const rows = await prisma().jobFailure.findMany({ where: whereOpen(filter), orderBy: { createdAt: 'desc' }, take });
  return rows.map((r) => ({
    id: r.id,
    jobId: r.jobId,
    task: r.task,
    payload: r.payload,
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

// One of the user's auto-tag runs, for its progress bar. Another user's run is not found.
import type { Actor } from '@/lib/access/access.schemas';
import { notFound } from '@/lib/server/errors';
import { type AutoTagRunRow, findAutoTagRun, findLatestAutoTagRun } from './importers.queries';
import type { AutoTagRunView } from './importers.schemas';

export async function getAutoTagRun(user: Actor, runId: string): Promise<AutoTagRunView> {
  const run = await findAutoTagRun(user.id, runId);
  if (!run) throw notFound('No such run.');
  return runView(run);
}

/** The user's latest run, for the page to pick up a run still going. */
export async function getLatestAutoTagRun(user: Actor): Promise<AutoTagRunView | null> {
  const run = await findLatestAutoTagRun(user.id);
  return run ? runView(run) : null;
}

function runView(run: AutoTagRunRow): AutoTagRunView {
  return {
    id: run.id,
    libraryId: run.libraryId,
    folder: run.folder,
    status: run.status as AutoTagRunView['status'],
    total: run.total,
    done: run.done,
    changed: run.changed,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
  };
}

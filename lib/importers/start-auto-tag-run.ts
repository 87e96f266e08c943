// Starts an auto-tag run for a library, a folder or the whole collection: its progress row and
// its job in one transaction (the job finds the row, the row is never without its job).
import type { Actor } from '@/lib/access/access.schemas';
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { insertAutoTagRun } from './importers.queries';
import type { AutoTagScopeInput } from './importers.schemas';
import { resolveAutoTagScope } from './resolve-auto-tag-scope';

export async function startAutoTagRun(user: Actor, input: AutoTagScopeInput): Promise<{ runId: string }> {
  const scope = await resolveAutoTagScope(user, input);
  return prisma().$transaction(async (tx) => {
    const run = await insertAutoTagRun(tx, user.id, { libraryId: scope.libraryId ?? null, folder: scope.folder ?? null });
    await enqueue(tx, 'organise:auto-tag', { userId: user.id, libraryId: scope.libraryId, folder: scope.folder, runId: run.id });
    return { runId: run.id };
  });
}

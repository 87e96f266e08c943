// organise:auto-tag. Adds what planAutoTag finds, page by page (one statement per kind of link
// per page of 1,000 videos), never removing a link and setting a studio only where there is
// none; a second run finds nothing left to add. A run a user started reports its progress in
// auto_tag_runs; the per-video run after an ingest leaves no row.
import { log } from '@/lib/server/log';
import type { JobPayload } from '@/lib/jobs/job-registry';
import { findAutoTagRun, insertAutoTagLinks, countAutoTagCandidates, updateAutoTagRun } from './importers.queries';
import { compileCatalogue, planAutoTag } from './plan-auto-tag';

export async function runAutoTag(payload: JobPayload<'organise:auto-tag'>): Promise<{ scanned: number; changed: number }> {
  const { userId, runId } = payload;
  const scope = { libraryId: payload.libraryId, folder: payload.folder, assetIds: payload.assetIds };
  if (runId) {
    const run = await findAutoTagRun(userId, runId);
    if (!run || run.status === 'done') return { scanned: 0, changed: 0 }; // deleted, or a retry after it finished
    await updateAutoTagRun(runId, { status: 'running', startedAt: new Date(), total: await countAutoTagCandidates(userId, scope), done: 0, changed: 0, error: null });
  }
  let scanned = 0;
  let changed = 0;
  try {
    const matcher = await compileCatalogue(userId);
    for await (const page of planAutoTag(userId, scope, matcher)) {
      if (page.changes.length > 0) {
        await insertAutoTagLinks(
          page.changes.map((c) => ({ assetId: c.assetId, personIds: c.addPerformers.map((p) => p.id), tagIds: c.addTags.map((t) => t.id), studioId: c.studio?.id ?? null })),
        );
      }
      scanned += page.scanned;
      changed += page.changes.length;
      if (runId) await updateAutoTagRun(runId, { done: scanned, changed });
    }
    if (runId) await updateAutoTagRun(runId, { status: 'done', done: scanned, changed, finishedAt: new Date() });
    if (changed > 0) log.info({ userId, runId, scanned, changed }, 'auto-tag added links');
    return { scanned, changed };
  } catch (error) {
    if (runId) await updateAutoTagRun(runId, { status: 'failed', finishedAt: new Date(), error: 'The run stopped on an error; it is retried.' }).catch(() => undefined);
    throw error;
  }
}

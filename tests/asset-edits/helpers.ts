// Calls the date-edit route handlers the way Next does, with a signed-in user's cookie, and runs
// the month-count refresh they ask for (due in a few seconds: made due now instead of sleeping).
import { Logger, runOnce } from 'graphile-worker';
import { DELETE as revertOneRoute, PATCH as changeOneRoute } from '@/app/api/assets/[id]/date/route';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { POST as bulkEditRoute } from '@/app/api/assets/dates/route';
import { POST as bulkRevertRoute } from '@/app/api/assets/dates/revert/route';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { prisma } from '@/lib/server/db';
import timelineRefreshCounts from '@/worker/tasks/timeline-refresh-counts';
import { createUser, params, request, signIn } from '../support/factories';
import { libraryOwner } from '../support/asset-factory';

export async function signedInOwner() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  return { user, cookie, owner: await libraryOwner(user.id) };
}

export const editDates = (cookie: string, ids: string[], change: unknown) =>
  bulkEditRoute(request('/api/assets/dates', { method: 'POST', cookie, json: { ids, change } }));

export const revertDates = (cookie: string, ids: string[]) =>
  bulkRevertRoute(request('/api/assets/dates/revert', { method: 'POST', cookie, json: { ids } }));

export const changeDate = (cookie: string, id: string, change: unknown) =>
  changeOneRoute(request(`/api/assets/${id}/date`, { method: 'PATCH', cookie, json: change }), params({ id }));

export const revertDate = (cookie: string, id: string) =>
  revertOneRoute(request(`/api/assets/${id}/date`, { method: 'DELETE', cookie }), params({ id }));

export async function details(cookie: string, id: string): Promise<AssetDetails> {
  const res = await detailsRoute(request(`/api/assets/${id}`, { cookie }), params({ id }));
  if (res.status !== 200) throw new Error(`details answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as AssetDetails;
}

/** The dates as stored: wall clock (no zone), instant, source. */
export async function storedDates(ids: string[]) {
  const rows = await prisma().asset.findMany({ where: { id: { in: ids } }, select: { id: true, takenAtLocal: true, takenAtUtc: true, takenAtSource: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id)!;
    return { local: r.takenAtLocal.toISOString().slice(0, 19), utc: r.takenAtUtc?.toISOString() ?? null, source: r.takenAtSource };
  });
}

/** Runs the queued month-count refresh now; throws when none was asked for. */
export async function runCountsRefresh(): Promise<void> {
  const due = await prisma().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE task_id =
    (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'timeline:refresh-counts')`;
  if (due === 0) throw new Error('no month-count refresh was queued');
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList: { 'timeline:refresh-counts': timelineRefreshCounts }, logger: new Logger(() => () => undefined) });
}

// faces:cluster for one owner: read their clusterable faces, plan (plan-clustering.ts), write.
// Nothing to do when every face was looked at already: a re-run changes nothing.
import { log } from '@/lib/server/log';
import { bytesToVector } from '@/lib/vectors/vector-math';
import { applyClustering, deleteEmptyUnnamedPeople, selectFacesForClustering, selectOwnersToCluster } from './faces.queries';
import { planClustering } from './plan-clustering';

export interface ClusterOutcome {
  looked: number;
  joined: number;
  newPeople: number;
}

export async function clusterOwnerFaces(ownerId: string): Promise<ClusterOutcome> {
  const rows = await selectFacesForClustering(ownerId);
  const fresh = rows.filter((r) => !r.clustered).map((r) => r.id);
  if (fresh.length === 0) {
    await deleteEmptyUnnamedPeople(ownerId);
    return { looked: 0, joined: 0, newPeople: 0 };
  }
  const plan = planClustering(
    rows.map((r) => ({ id: r.id, personId: r.person_id, descriptor: bytesToVector(r.descriptor), rejectedFrom: new Set(r.rejected) })),
  );
  await applyClustering(ownerId, plan.joins, plan.newPeople, fresh);
  await deleteEmptyUnnamedPeople(ownerId);
  const outcome = { looked: fresh.length, joined: plan.joins.size, newPeople: plan.newPeople.length };
  log.info({ ownerId, ...outcome }, 'faces clustered');
  return outcome;
}

export async function clusterAllOwners(): Promise<void> {
  for (const ownerId of await selectOwnersToCluster()) await clusterOwnerFaces(ownerId);
}

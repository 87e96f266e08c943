// faces:cluster — faces into people (flag `ml`): one owner, or every owner with faces not
// clustered yet (cron). See lib/faces/cluster-faces.ts.
import { clusterAllOwners, clusterOwnerFaces } from '@/lib/faces/cluster-faces';
import { defineTask } from './define-task';

export default defineTask('faces:cluster', async ({ ownerId }) => {
  if (ownerId) await clusterOwnerFaces(ownerId);
  else await clusterAllOwners();
});

// Files an admin should know about: those that could not be read (with why), or that are no
// longer in their folder. Admins see every library's, so no per-id access check.
import { listProblemAssets } from './libraries.queries';
import type { FailedAssetView } from './libraries.schemas';

export function listAssetProblems(problem: 'failed' | 'offline'): Promise<FailedAssetView[]> {
  return listProblemAssets(problem);
}

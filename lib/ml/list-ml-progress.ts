// Where the library stands with its ML analysis, per part: how many ready assets each part has
// done, which parts wait (and why), how many assets need work nobody queued, and the jobs.
import { analysisParts } from './analysis-parts';
import { countAnalysisJobs, listAssetsWithAnalysisJob } from './ml.queries';
import type { MlProgress } from './ml.schemas';
import { walkAnalysisStates } from './walk-analysis-states';

export async function listMlProgress(): Promise<MlProgress> {
  const waiting = await Promise.all(analysisParts.map((part) => part.unavailable()));
  const [queuedIds, jobs] = await Promise.all([listAssetsWithAnalysisJob(), countAnalysisJobs()]);
  const done = analysisParts.map(() => 0);
  let total = 0;
  let missing = 0;
  await walkAnalysisStates((assetId, state) => {
    total++;
    let runnable = false;
    analysisParts.forEach((part, i) => {
      if (!part.needed(state)) done[i]++;
      else if (!waiting[i]) runnable = true;
    });
    if (runnable && !queuedIds.has(assetId)) missing++;
  });
  return { total, parts: analysisParts.map((part, i) => ({ name: part.name, done: done[i], waiting: waiting[i] })), missing, jobs };
}

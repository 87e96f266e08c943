// ml:analyze — one asset's analysis: every part it still needs and that can run now, from the
// pictures ingest already made (analysis-input.ts). Runs at the lowest priority with flag `ml`,
// so thumbnails and video previews always go first and a --no-ml worker never takes it.
import { log } from '@/lib/server/log';
import { analysisParts } from './analysis-parts';
import { loadAnalysisInput, NothingToAnalyse } from './analysis-input';
import { findAssetForAnalysis, upsertAnalysis } from './ml.queries';

export type AnalyzeOutcome = { ran: string[]; waiting: string[] } | 'skipped';

export async function analyzeAsset(assetId: string): Promise<AnalyzeOutcome> {
  const asset = await findAssetForAnalysis(assetId);
  if (!asset || asset.ingestStatus !== 'ready') return 'skipped';
  const todo = analysisParts.filter((part) => part.needed(asset.analysis));
  if (todo.length === 0) return { ran: [], waiting: [] };
  let input;
  try {
    input = await loadAnalysisInput(asset);
  } catch (error) {
    if (!(error instanceof NothingToAnalyse)) throw error;
    // A derived picture was removed (a rebuild is under way): the next ingest queues this again.
    await upsertAnalysis(assetId, { error: 'No preview to analyse yet.' });
    return 'skipped';
  }
  const ran: string[] = [];
  const waiting: string[] = [];
  for (const part of todo) {
    const why = await part.unavailable();
    if (why) {
      waiting.push(part.name);
      continue;
    }
    await part.run(input);
    ran.push(part.name);
  }
  log.debug({ assetId, ran, waiting }, 'asset analysed');
  return { ran, waiting };
}

// ml:analyze — an asset's ML analysis (flag `ml`, lowest priority): see lib/ml/analyze-asset.ts.
import { analyzeAsset } from '@/lib/ml/analyze-asset';
import { defineTask } from './define-task';

export default defineTask('ml:analyze', async ({ assetId }) => {
  await analyzeAsset(assetId);
});

// The analysis part that finds faces (registered in lib/ml/analysis-parts.ts), and asks for a
// clustering pass soon after: a burst of analyses folds into one faces:cluster per owner.
import type { AnalysisPart } from '@/lib/ml/analysis-parts';
import { detectAssetFaces } from './detect-asset-faces';
import { FACES_MODEL } from './face-model';
import { requestClustering } from './request-clustering';

export const facesPart: AnalysisPart = {
  name: 'faces',
  needed: (state) => state?.facesModel !== FACES_MODEL,
  unavailable: async () => null, // the weights ship in the npm package
  async run(input) {
    const found = await detectAssetFaces(input);
    if (found > 0) await requestClustering(input.ownerId);
  },
};

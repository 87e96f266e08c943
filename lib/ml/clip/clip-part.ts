// The `clip` analysis part: the asset's picture(s) through CLIP's vision half, stored as its
// embedding (semantic search, lib/vectors), then the zero-shot questions answered from that
// vector. A video's poster and sprite frames go in one batch and are pooled into one vector.
// Needed until analyses.clip_model is the configured model, so changing ML_CLIP_MODEL
// re-embeds everything on the next analysis pass; while the model is not downloaded the part
// waits (with the reason) and the other parts still run.
import type { AnalysisPart } from '../analysis-parts';
import { clipModelId, loadClipModel } from './clip-model';
import { saveClipResult } from './clip.queries';
import { embedImages } from './embed-images';
import { meanVector } from './mean-vector';
import { promptVectors } from './question-vectors';
import { scoreQuestions } from './score-questions';

export const clipPart: AnalysisPart = {
  name: 'clip',
  needed: (state) => state?.clipModel !== clipModelId(),
  async unavailable() {
    const loaded = await loadClipModel();
    return loaded.ok ? null : loaded.reason;
  },
  async run(input) {
    const loaded = await loadClipModel();
    if (!loaded.ok) throw new Error(loaded.reason);
    const model = loaded.model;
    const vectors = await embedImages(model, [input.main, ...input.frames]);
    const vector = vectors.length === 1 ? vectors[0] : meanVector(vectors);
    const answers = scoreQuestions(vector, await promptVectors(model));
    await saveClipResult(input.assetId, model.id, vector, answers);
  },
};

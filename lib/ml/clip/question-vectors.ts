// The prompts of every question, embedded once per process and model (one batch of ~90 short
// texts) and kept: each picture's answers are then ten pairs of dot products.
import type { ClipModel } from './clip-model';
import { embedTexts } from './embed-texts';
import { questions } from './questions';
import { questionVectors, type QuestionVectors } from './score-questions';

let cached: { model: string; vectors: Promise<QuestionVectors[]> } | null = null;

export function promptVectors(model: ClipModel): Promise<QuestionVectors[]> {
  if (cached?.model !== model.id) {
    const vectors = embedAll(model);
    cached = { model: model.id, vectors };
    vectors.catch(() => {
      if (cached?.vectors === vectors) cached = null; // the next picture tries again
    });
  }
  return cached.vectors;
}

async function embedAll(model: ClipModel): Promise<QuestionVectors[]> {
  const texts = questions.flatMap((q) => [...q.yes, ...q.no]);
  const embeddings = await embedTexts(model, texts);
  let at = 0;
  return questions.map((q) => {
    const own = embeddings.slice(at, at + q.yes.length + q.no.length);
    at += own.length;
    return questionVectors(q, own);
  });
}

// Text embeddings through the text half, in one batch; each L2-normalised so a dot product with
// an image embedding is their cosine similarity.
import { normalise } from '@/lib/vectors/vector-math';
import type { ClipText } from './clip-model';
import { rowsOf } from './tensor-rows';

export async function embedTexts(model: ClipText, texts: string[]): Promise<Float32Array[]> {
  if (texts.length === 0) return [];
  const inputs = model.tokenizer(texts, { padding: true, truncation: true });
  const { text_embeds } = await model.text(inputs);
  return rowsOf(text_embeds).map(normalise);
}

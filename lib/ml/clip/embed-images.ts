// Image embeddings: every picture of an asset through the vision half in one batch (one
// session run for a video's poster and frames), each L2-normalised. The dimension is the
// model's own (512 for ViT-B/32; the test model's differs).
import { RawImage } from '@huggingface/transformers';
import { normalise } from '@/lib/vectors/vector-math';
import type { ClipModel } from './clip-model';
import { rowsOf } from './tensor-rows';

export async function embedImages(model: ClipModel, pictures: Buffer[]): Promise<Float32Array[]> {
  if (pictures.length === 0) return [];
  const images = await Promise.all(pictures.map((picture) => RawImage.fromBlob(new Blob([new Uint8Array(picture)]))));
  const inputs = await model.processor(images);
  const { image_embeds } = await model.vision(inputs);
  return rowsOf(image_embeds).map(normalise);
}


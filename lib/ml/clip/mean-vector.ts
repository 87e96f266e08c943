// The direction several normalised vectors share: their mean, normalised again (a video's
// frames; a question's prompt ensemble).
import { normalise } from '@/lib/vectors/vector-math';

export function meanVector(vectors: Float32Array[]): Float32Array {
  const sum = new Float32Array(vectors[0].length);
  for (const vector of vectors) for (let i = 0; i < sum.length; i++) sum[i] += vector[i];
  return normalise(sum);
}

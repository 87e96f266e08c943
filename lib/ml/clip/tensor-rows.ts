// A [rows, dim] float tensor from onnxruntime as one Float32Array per row (copies: the tensor's
// buffer is reused by the runtime, and usearch ignores subarray offsets).
import type { Tensor } from '@huggingface/transformers';

export function rowsOf(tensor: Tensor): Float32Array[] {
  const [rows, dim] = tensor.dims;
  const data = tensor.data as Float32Array;
  return Array.from({ length: rows }, (_, r) => Float32Array.from(data.subarray(r * dim, (r + 1) * dim)));
}

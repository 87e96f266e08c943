// Packing stored embeddings (float32 little-endian bytes) into one flat Float32Array, the
// shape usearch takes. On a little-endian host (x64, arm64) that is a byte copy; elsewhere the
// values are decoded one by one.
import os from 'node:os';
import { bytesToVector } from './vector-math';

const littleEndian = os.endianness() === 'LE';

/** Row i of the result is rows[i]; every row must have `dims` floats. */
export function packVectors(rows: { vector: Uint8Array }[], dims: number): Float32Array {
  const flat = new Float32Array(rows.length * dims);
  const bytes = new Uint8Array(flat.buffer);
  rows.forEach((row, i) => {
    if (row.vector.byteLength !== dims * 4) throw new Error(`embedding of ${row.vector.byteLength / 4} floats in a ${dims}-d index`);
    if (littleEndian) bytes.set(row.vector, i * dims * 4);
    else flat.set(bytesToVector(row.vector), i * dims);
  });
  return flat;
}

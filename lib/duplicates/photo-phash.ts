// A photo's 64-bit perceptual hash (pHash, the definition of Python's imagehash.phash): the
// picture in grey, squeezed to 32×32 (aspect ignored), its 2-D DCT-II (unscaled), the top-left
// 8×8 low frequencies — DC INCLUDED — each compared with the median of those 64 values. The DC
// term is the picture's mean brightness, always above the median, so bit 63 is 1 in practice
// and 63 bits carry the information; keeping it keeps the textbook definition (and imagehash's
// bit order: row-major, first coefficient in the highest bit). Distances between two photos
// are Hamming distances of these bits (docs/ml.md "Duplicates" for the calibrated threshold).
// Videos keep Stash's own hash (perception-hash.ts): a different picture size and layout.
import sharp from 'sharp';

const N = 32;
const LOW = 8;

/** cos((2x+1)uπ/2N) for u < 8, x < 32: the only DCT rows the hash reads. */
const COS = (() => {
  const table = new Float64Array(LOW * N);
  for (let u = 0; u < LOW; u++) for (let x = 0; x < N; x++) table[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));
  return table;
})();

/** The hash of a 32×32 grey picture (row-major, 1024 values), unsigned. */
export function phashOfGrey32(grey: ArrayLike<number>): bigint {
  // Rows first (8 coefficients of each of the 32 rows), then the 8 low columns.
  const rows = new Float64Array(N * LOW);
  for (let y = 0; y < N; y++) {
    for (let v = 0; v < LOW; v++) {
      let s = 0;
      for (let x = 0; x < N; x++) s += grey[y * N + x] * COS[v * N + x];
      rows[y * LOW + v] = s;
    }
  }
  const low = new Float64Array(LOW * LOW);
  for (let u = 0; u < LOW; u++) {
    for (let v = 0; v < LOW; v++) {
      let s = 0;
      for (let y = 0; y < N; y++) s += rows[y * LOW + v] * COS[u * N + y];
      low[u * LOW + v] = s;
    }
  }
  const sorted = Float64Array.from(low).sort();
  const median = (sorted[31] + sorted[32]) / 2;
  let hash = 0n;
  for (let i = 0; i < 64; i++) if (low[i] > median) hash |= 1n << BigInt(63 - i);
  return hash;
}

/** The hash of an encoded picture (any format sharp reads; the preview is already upright). */
export async function photoPhash(picture: Buffer): Promise<bigint> {
  const grey = await sharp(picture).removeAlpha().greyscale().resize(N, N, { fit: 'fill', kernel: 'lanczos3' }).raw().toBuffer();
  return phashOfGrey32(grey);
}

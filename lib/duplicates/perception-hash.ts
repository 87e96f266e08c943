// goimagehash's PerceptionHash (v1.1.0, the version Stash pins), re-implemented so that a hash
// made here compares with Stash's and StashDB's: the image is resized to 64×64 with nfnt/resize's
// Bilinear filter, turned to grey, transformed by a 2-D DCT-II (Lee's unscaled algorithm), and
// each of the 8×8 lowest frequencies gives one bit: set when above the median.
//
// Written by hand, not with sharp: every bit depends on the exact resampling, and libvips'
// bilinear (and its fixed-point paths) differ from nfnt's, which weighs pixels with int16
// coefficients truncated from a triangle filter widened by the scale factor, works on
// premultiplied 8-bit values and divides with truncation. The steps below follow those
// libraries' arithmetic step by step (read, not copied); the only possible difference is the
// last bit of a cosine in the DCT table, which could flip a bit only for a coefficient equal to
// the median to 15 digits.
//
// Input: an opaque RGBA picture, 4 bytes per pixel, row by row (the Stash sprite, see
// video-phash-sprite.ts).

export interface RgbaImage {
  width: number;
  height: number;
  /** r, g, b, a per pixel, row-major; a is 255 wherever a frame was pasted. */
  data: Uint8Array;
}

const SIZE = 64;

/** nfnt/resize createWeights8 with the linear ("Bilinear") kernel, 2 taps, blur 1. */
function weights(dy: number, scale: number) {
  const filterLength = 2 * Math.max(Math.ceil(scale), 1);
  const filterFactor = Math.min(1 / scale, 1);
  const coeffs = new Int32Array(dy * filterLength);
  const start = new Int32Array(dy);
  for (let y = 0; y < dy; y++) {
    let interpX = scale * (y + 0.5) - 0.5;
    start[y] = Math.trunc(interpX) - filterLength / 2 + 1;
    interpX -= start[y];
    for (let i = 0; i < filterLength; i++) {
      const x = Math.abs((interpX - i) * filterFactor);
      coeffs[y * filterLength + i] = Math.trunc((x <= 1 ? 1 - x : 0) * 256); // int16(kernel(in) * 256)
    }
  }
  return { coeffs, start, filterLength };
}

/**
 * One pass of nfnt's separable filter: each row of `src` (rows × inW, 4 channels) is filtered to
 * `dy` values and written TRANSPOSED (the output has `rows` columns and `dy` rows), as nfnt does
 * so that the second pass again filters along rows. `premultiply`: the NRGBA source's first pass.
 */
function filterPass(src: Uint8Array, inW: number, rows: number, dy: number, premultiply: boolean): Uint8Array {
  const { coeffs, start, filterLength } = weights(dy, inW / dy);
  const out = new Uint8Array(dy * rows * 4);
  const maxX = inW - 1;
  const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);
  for (let x = 0; x < rows; x++) {
    const row = x * inW * 4;
    for (let y = 0; y < dy; y++) {
      let r = 0, g = 0, b = 0, a = 0, sum = 0; // prettier-ignore
      for (let i = 0; i < filterLength; i++) {
        const coeff = coeffs[y * filterLength + i];
        if (coeff === 0) continue;
        let xi = start[y] + i;
        xi = xi >= 0 && xi < maxX ? xi : xi >= maxX ? maxX : 0;
        const p = row + xi * 4;
        const pa = src[p + 3];
        r += coeff * (premultiply ? Math.trunc((src[p] * pa) / 255) : src[p]);
        g += coeff * (premultiply ? Math.trunc((src[p + 1] * pa) / 255) : src[p + 1]);
        b += coeff * (premultiply ? Math.trunc((src[p + 2] * pa) / 255) : src[p + 2]);
        a += coeff * pa;
        sum += coeff;
      }
      const o = (y * rows + x) * 4;
      out[o] = clamp(Math.trunc(r / sum));
      out[o + 1] = clamp(Math.trunc(g / sum));
      out[o + 2] = clamp(Math.trunc(b / sum));
      out[o + 3] = clamp(Math.trunc(a / sum));
    }
  }
  return out;
}

/** nfnt/resize.Resize(64, 64, img, Bilinear) for an *image.NRGBA: an RGBA 64×64. */
export function resizeBilinear64(img: RgbaImage): Uint8Array {
  if (img.width === SIZE && img.height === SIZE) return img.data; // nfnt returns the input as is
  const temp = filterPass(img.data, img.width, img.height, SIZE, true); // img.height columns × 64 rows
  return filterPass(temp, img.height, SIZE, SIZE, false);
}

/** Lee's recursive DCT-II, unscaled, in place (goimagehash's forwardTransform / forwardDCT64). */
function forwardDct(input: Float64Array): void {
  const len = input.length;
  if (len === 1) return;
  const half = len / 2;
  const temp = new Float64Array(len);
  for (let i = 0; i < half; i++) {
    const x = input[i];
    const y = input[len - 1 - i];
    temp[i] = x + y;
    temp[i + half] = (x - y) / (Math.cos(((i + 0.5) * Math.PI) / len) * 2);
  }
  const lo = temp.subarray(0, half);
  const hi = temp.subarray(half);
  forwardDct(lo);
  forwardDct(hi);
  for (let i = 0; i < half - 1; i++) {
    input[i * 2] = temp[i];
    input[i * 2 + 1] = temp[i + half] + temp[i + half + 1];
  }
  input[len - 2] = temp[half - 1];
  input[len - 1] = temp[len - 1];
}

/** goimagehash's quickSelectMedian, including its even-length average of positions k-1 and k
 * of the partly sorted array (which is not always the textbook median: kept for equal bits). */
function quickSelectMedian(seq: Float64Array, k: number): number {
  let low = 0;
  let hi = seq.length - 1;
  while (low < hi) {
    const pivot = Math.trunc(low / 2) + Math.trunc(hi / 2);
    const pivotValue = seq[pivot];
    let store = low;
    [seq[pivot], seq[hi]] = [seq[hi], seq[pivot]];
    for (let i = low; i < hi; i++) {
      if (seq[i] < pivotValue) {
        [seq[store], seq[i]] = [seq[i], seq[store]];
        store++;
      }
    }
    [seq[hi], seq[store]] = [seq[store], seq[hi]];
    if (k <= store) hi = store;
    else low = store + 1;
  }
  return seq.length % 2 === 0 ? seq[k - 1] / 2 + seq[k] / 2 : seq[k];
}

/** The 64-bit perceptual hash of an RGBA picture, as an unsigned bigint (bit 63 = the DC term). */
export function perceptionHash(img: RgbaImage): bigint {
  const px = resizeBilinear64(img);
  const grey = new Float64Array(SIZE * SIZE);
  for (let i = 0; i < SIZE * SIZE; i++) {
    // goimagehash's pixel2Gray on 16-bit RGBA(): r/257 and g/257 give the 8-bit value, and so
    // does its b/256 for every 8-bit blue.
    grey[i] = 0.299 * px[i * 4] + 0.587 * px[i * 4 + 1] + 0.114 * px[i * 4 + 2];
  }
  return hashOfGrey(grey);
}

/** The hash of a 64×64 grey picture, row by row (the DCT, median and bits). */
export function hashOfGrey(grey: Float64Array): bigint {
  for (let r = 0; r < SIZE; r++) forwardDct(grey.subarray(r * SIZE, (r + 1) * SIZE));
  const low = new Float64Array(64);
  const column = new Float64Array(SIZE);
  for (let c = 0; c < 8; c++) {
    for (let r = 0; r < SIZE; r++) column[r] = grey[r * SIZE + c];
    forwardDct(column);
    for (let r = 0; r < 8; r++) low[8 * r + c] = column[r];
  }
  const median = quickSelectMedian(Float64Array.from(low), 32);
  let hash = 0n;
  for (let i = 0; i < 64; i++) if (low[i] > median) hash |= 1n << BigInt(63 - i);
  return hash;
}

/** Stash's way of showing a hash: 16 hex digits. */
export const phashHex = (hash: bigint): string => BigInt.asUintN(64, hash).toString(16).padStart(16, '0');

/** The same 64 bits as PostgreSQL's int8 holds them. */
export const phashToSigned = (hash: bigint): bigint => BigInt.asIntN(64, hash);

/** Bits that differ between two hashes. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

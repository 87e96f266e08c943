// The four measures behind an asset's quality score, each 0 (bad) – 1 (good), on an 8-bit grey
// picture of fixed size (so a number means the same for a 2 MP phone shot and a 45 MP raw).
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Sharpness: variance of the 4-neighbour Laplacian. In-focus photos at 512 px score a few
 * hundred to a few thousand, a soft or shaken one tens; var/(var+150) puts 150 at 0.5.
 */
export function sharpness({ data, width, height }: GreyImage): number {
  const variance = laplacianVariance(data, width, height);
  return variance / (variance + 150);
}

/** Variance of the 4-neighbour Laplacian over a grey image (1 byte per pixel); also the faces' blur test. */
export function laplacianVariance(grey: Uint8Array, width: number, height: number): number {
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const v = grey[i - 1] + grey[i + 1] + grey[i - width] + grey[i + width] - 4 * grey[i];
      sum += v;
      sumSq += v * v;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

/**
 * Exposure: clipped shadows and highlights (pixels at 0–3 or 252–255) cost five times their
 * share (20 % clipped is 0), and a mean far from mid-grey costs beyond a comfortable band
 * (dark scenes and snow are allowed to be dark or bright).
 */
export function exposure({ data }: GreyImage): number {
  let clipped = 0;
  let total = 0;
  for (const v of data) {
    if (v <= 3 || v >= 252) clipped++;
    total += v;
  }
  const mean = total / data.length / 255;
  const clipping = Math.max(0, 1 - 5 * (clipped / data.length));
  const balance = Math.max(0, 1 - 2 * Math.max(0, Math.abs(mean - 0.5) - 0.2));
  return clipping * balance;
}

/**
 * Noise: the residual of a 3×3 median filter (`median`: the same picture filtered, by libvips),
 * on flat areas only (where the filtered picture's
 * own gradient is small: on edges and texture the residual is detail, not noise). A mean
 * residual of 8 grey levels or more is 0.
 */
export function noise({ data, width, height }: GreyImage, median: Uint8Array): number {
  let residual = 0;
  let flat = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const gradient = Math.abs(median[i + 1] - median[i - 1]) + Math.abs(median[i + width] - median[i - width]);
      if (gradient > 8) continue;
      residual += Math.abs(data[i] - median[i]);
      flat++;
    }
  }
  // A picture with no flat area at all (foliage, gravel) has no measurable noise: neutral.
  if (flat < (width * height) / 50) return 0.5;
  return Math.max(0, 1 - residual / flat / 8);
}

/** Resolution: megapixels of the original, saturating — 3 MP is 0.63, 12 MP 0.98. */
export function resolution(width: number | null, height: number | null): number {
  if (!width || !height) return 0;
  return 1 - Math.exp(-(width * height) / 1e6 / 3);
}

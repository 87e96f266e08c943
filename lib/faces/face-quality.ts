// Whether a detected face is good enough to cluster. A face that is too small, blurred or barely
// detected gives a descriptor that lands near everyone (it would glue people together); it is
// kept and shown, but never clustered (faces.clusterable = false).

// The same Laplacian variance as the quality score's sharpness, on the face crop.
export { laplacianVariance } from '@/lib/ml/quality/quality-measures';

/** Faces narrower than this on the analysed picture (≤ 1024 px) are too small to recognise. */
export const MIN_FACE_PIXELS = 48;
/** Detector score below which a face is not trusted for clustering (a real portrait of the
 * corpus scores 0.61; false detections on blurred pictures score ~0.56). */
export const MIN_CLUSTER_SCORE = 0.55;
/**
 * Laplacian variance of the face crop (grey, 64×64) below which it is blurred. Calibrated on
 * the corpus (docs/ml.md "Faces"): its sharp faces measure 725–1,640; the same faces blurred by
 * a gaussian of σ ≈ 1 px at crop scale 210–470 (soft, still recognisable), of σ ≈ 2 px 22–49
 * (a shaken or out-of-focus face).
 */
export const MIN_SHARPNESS = 100;


export function isClusterable(face: { widthPx: number; score: number; sharpness: number }): boolean {
  return face.widthPx >= MIN_FACE_PIXELS && face.score >= MIN_CLUSTER_SCORE && face.sharpness >= MIN_SHARPNESS;
}

// Intersection over union of two boxes (relative or pixels alike): how a re-run of face
// detection recognises the faces it found before.
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function intersectionOverUnion(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.w * a.h + b.w * b.h - inter);
}

/** Pairs each new box with the old box it overlaps most (IoU above `min`), each old box used once, best overlaps first. */
export function matchBoxes(olds: Box[], news: Box[], min = 0.5): Map<number, number> {
  const pairs: [number, number, number][] = [];
  news.forEach((n, i) => olds.forEach((o, j) => {
    const iou = intersectionOverUnion(n, o);
    if (iou > min) pairs.push([iou, i, j]);
  }));
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const match = new Map<number, number>();
  const usedOld = new Set<number>();
  for (const [, i, j] of pairs) {
    if (match.has(i) || usedOld.has(j)) continue;
    match.set(i, j);
    usedOld.add(j);
  }
  return match;
}

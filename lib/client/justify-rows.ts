// Justified rows: items keep their aspect ratio and each full row is scaled to fill the width
// exactly; the last row of a group keeps the target height (it is not stretched).
export interface JustifiedRow {
  start: number; // index of the first item
  end: number; // one past the last
  height: number;
}

export function justifyRows(ratios: number[], width: number, targetHeight: number, gap: number): JustifiedRow[] {
  const rows: JustifiedRow[] = [];
  let start = 0;
  let ratioSum = 0;
  for (let i = 0; i < ratios.length; i++) {
    ratioSum += clampRatio(ratios[i]);
    const count = i - start + 1;
    const naturalWidth = ratioSum * targetHeight + gap * (count - 1);
    if (naturalWidth >= width) {
      rows.push({ start, end: i + 1, height: (width - gap * (count - 1)) / ratioSum });
      start = i + 1;
      ratioSum = 0;
    }
  }
  if (start < ratios.length) rows.push({ start, end: ratios.length, height: targetHeight });
  return rows;
}

/** Extreme panoramas and slivers would make unusable tiles; they are shown cropped. */
function clampRatio(ratio: number): number {
  return Math.min(4, Math.max(0.25, ratio || 1));
}

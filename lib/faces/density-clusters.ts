// DBSCAN over face descriptors, on each face's k nearest neighbours (face-neighbours.ts, found
// once per clustering pass): a face with at least `minPoints` faces (itself included) within
// `radius` is a core face; core faces within `radius` of each other are one cluster; a face within
// `radius` of a core face joins its nearest core's cluster; the rest is noise. As Immich, a new
// person needs `minPoints` (3) faces, so one stray face never becomes a person. Written here rather
// than taken from npm: density-clustering 1.3.0 (unmaintained since 2016) scans all pairs, O(n²)
// — 100,000 faces would take minutes — and cannot use an index.
import type { Neighbours } from './face-neighbours';

export interface DensityOptions {
  radius: number;
  minPoints: number;
}

/**
 * For each point, its cluster number (0, 1, …, in order of first member) or -1 for noise (and
 * for points not `active`: only active points are clustered, and only with each other).
 */
export function densityClusters({ ids, distances }: Neighbours, active: Uint8Array, options: DensityOptions): Int32Array {
  const n = active.length;
  // Each active point's active neighbours within the radius, nearest first.
  const near: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    if (active[i]) for (let r = 0; r < ids[i].length && distances[i][r] <= options.radius; r++) if (active[ids[i][r]]) row.push(ids[i][r]);
    near.push(row);
  }
  const core = Uint8Array.from(near, (row, i) => (active[i] && row.length + 1 >= options.minPoints ? 1 : 0));

  // Union-find over core points joined by a within-radius edge.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    if (!core[i]) continue;
    for (const j of near[i]) {
      if (!core[j]) continue;
      const a = find(i);
      const b = find(j);
      // The smaller index is the root: the numbering does not depend on visiting order.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const root = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (core[i]) root[i] = find(i);
    else if (active[i]) {
      const c = near[i].find((j) => core[j]); // a border point joins its nearest core neighbour
      if (c !== undefined) root[i] = find(c);
    }
  }
  const label = new Int32Array(n).fill(-1);
  const number = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (root[i] < 0) continue;
    if (!number.has(root[i])) number.set(root[i], number.size);
    label[i] = number.get(root[i])!;
  }
  return label;
}

// DBSCAN over face descriptors, on each face's k nearest neighbours (face-neighbours.ts): a face
// with at least `minPoints` faces (itself included) within `radius` is a core face; core faces
// within `radius` of each other are one cluster; a face within `radius` of a core face joins its
// nearest core's cluster; the rest is noise. As Immich, a new person needs `minPoints` (3) faces,
// so one stray face never becomes a person. Written here rather than taken from npm:
// density-clustering 1.3.0 (unmaintained since 2016) scans all pairs, O(n²) — 100,000 faces
// would take minutes — and cannot use an index.
import { nearestNeighbours } from './face-neighbours';

export interface DensityOptions {
  radius: number;
  minPoints: number;
  /** Neighbours looked at per face (≥ minPoints). */
  k?: number;
}

/** For each point (n×128 row-major), its cluster number (0, 1, …, in order of first member) or -1 for noise. */
export function densityClusters(points: Float32Array, options: DensityOptions): Int32Array {
  const n = points.length / 128;
  const k = Math.max(options.k ?? 16, options.minPoints);
  const { ids, distances } = nearestNeighbours(points, k);
  const within = (i: number) => {
    let c = 0;
    while (c < distances[i].length && distances[i][c] <= options.radius) c++;
    return c;
  };
  const near = Int32Array.from({ length: n }, (_, i) => within(i));
  const core = Uint8Array.from(near, (c) => (c + 1 >= options.minPoints ? 1 : 0));

  // Union-find over core faces joined by a within-radius edge.
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
    for (let r = 0; r < near[i]; r++) {
      const j = ids[i][r];
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
    else {
      // A border face joins its nearest core neighbour (neighbours are sorted nearest first).
      for (let r = 0; r < near[i]; r++) {
        if (core[ids[i][r]]) {
          root[i] = find(ids[i][r]);
          break;
        }
      }
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

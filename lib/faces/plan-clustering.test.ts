// The clustering plan on small synthetic descriptors (exact neighbours): groups of three or more
// close faces become people, a pair does not, a face joins the person it is near unless it was
// rejected from them, and planning again over the result moves nothing.
import { describe, expect, it } from 'vitest';
import { intersectionOverUnion, matchBoxes } from './box-overlap';
import { laplacianVariance } from './face-quality';
import { type FaceToPlace, planClustering } from './plan-clustering';

let seed = 7;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
const centre = () => Float32Array.from({ length: 128 }, () => gauss() * 0.055);
const near = (c: Float32Array) => Float32Array.from(c, (v) => v + gauss() * 0.02);
const face = (id: string, descriptor: Float32Array, personId: string | null = null, rejectedFrom?: string[]): FaceToPlace => ({ id, personId, descriptor, rejectedFrom: rejectedFrom && new Set(rejectedFrom) });

describe('planClustering', () => {
  const a = centre();
  const b = centre();
  const c = centre();
  const faces = [
    ...[0, 1, 2, 3].map((i) => face(`a${i}`, near(a))),
    ...[0, 1, 2].map((i) => face(`b${i}`, near(b))),
    ...[0, 1].map((i) => face(`c${i}`, near(c))),
  ];

  it('makes a person of each group of three or more, and nobody of a pair', () => {
    const plan = planClustering(faces);
    expect(plan.newPeople.map((p) => [...p].sort())).toEqual([['a0', 'a1', 'a2', 'a3'], ['b0', 'b1', 'b2']]);
    expect(plan.joins.size).toBe(0);
  });

  it('moves nothing when planned again over its own result', () => {
    const plan = planClustering(faces);
    const placed = faces.map((f) => ({ ...f, personId: plan.newPeople.findIndex((p) => p.includes(f.id)) >= 0 ? `p${plan.newPeople.findIndex((p) => p.includes(f.id))}` : null }));
    const again = planClustering(placed);
    expect(again.joins.size).toBe(0);
    expect(again.newPeople).toEqual([]);
  });

  it('joins a new face to the person it is near, never to one it was rejected from', () => {
    const known = [0, 1, 2].map((i) => face(`k${i}`, near(a), 'alice'));
    expect(planClustering([...known, face('new', near(a))]).joins.get('new')).toBe('alice');
    expect(planClustering([...known, face('new', near(a), null, ['alice'])]).joins.has('new')).toBe(false);
  });
});

describe('face geometry and sharpness', () => {
  it('matches re-detected boxes by overlap', () => {
    expect(intersectionOverUnion({ x: 0, y: 0, w: 1, h: 1 }, { x: 0.5, y: 0, w: 1, h: 1 })).toBeCloseTo(1 / 3);
    const olds = [{ x: 0.1, y: 0.1, w: 0.2, h: 0.2 }, { x: 0.6, y: 0.1, w: 0.2, h: 0.2 }];
    const news = [{ x: 0.61, y: 0.1, w: 0.2, h: 0.2 }, { x: 0.3, y: 0.6, w: 0.1, h: 0.1 }];
    expect([...matchBoxes(olds, news)]).toEqual([[0, 1]]);
  });

  it('measures a sharp edge as sharper than a soft one', () => {
    const sharp = Uint8Array.from({ length: 64 * 64 }, (_, i) => ((i % 64) < 32 ? 0 : 255));
    const soft = Uint8Array.from({ length: 64 * 64 }, (_, i) => Math.round((255 * (i % 64)) / 63));
    expect(laplacianVariance(sharp, 64, 64)).toBeGreaterThan(laplacianVariance(soft, 64, 64) + 1000);
  });
});

// A palette of up to six colours with their shares, from raw RGB pixels: k-means in OKLab.
// Written here rather than taken from npm (image-q, quantize, node-vibrant are there): on the
// ≤ 64×64 thumbnail we cluster (≤ 4096 pixels) k-means is forty lines, runs in about a
// millisecond, clusters in a perceptual space (the quantisers work in RGB) and gives each
// colour's share directly; no dependency to keep up.
import { distance2, type Lab, rgbToHex, srgbToOklab } from './oklab';

export interface PaletteColour {
  hex: string;
  share: number;
}

const MAX_COLOURS = 6;
const ITERATIONS = 12;
/** Clusters smaller than this (blends along edges, specks) fold into their nearest neighbour. */
const MIN_SHARE = 0.02;
/** Centres closer than this (OKLab, squared) are one colour: a flat image gives one swatch. */
const SAME_COLOUR2 = 0.02 ** 2;

interface Cluster {
  centre: Lab;
  rgb: [number, number, number];
  count: number;
}

/** `rgb`: packed 3 bytes per pixel. Deterministic: seeds are chosen farthest-first. */
export function paletteOf(rgb: Uint8Array | Buffer): PaletteColour[] {
  const n = Math.floor(rgb.length / 3);
  if (n === 0) return [];
  const labs: Lab[] = Array.from({ length: n }, (_, i) => srgbToOklab(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]));
  const centres = seeds(labs);
  const assign = new Uint8Array(n);
  let clusters: Cluster[] = [];
  for (let iter = 0; iter < ITERATIONS; iter++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      const k = nearest(labs[i], centres);
      if (k === assign[i]) continue;
      assign[i] = k;
      moved = true;
    }
    clusters = summarise(rgb, labs, assign, centres.length);
    clusters.forEach((c, k) => {
      if (c.count > 0) centres[k] = c.centre;
    });
    if (!moved && iter > 0) break;
  }
  return finish(clusters.filter((c) => c.count > 0), n);
}

/** Farthest-first seeds from the mean: spread over the colours present, never two alike. */
function seeds(labs: Lab[]): Lab[] {
  const mean: Lab = [0, 0, 0];
  for (const l of labs) for (let d = 0; d < 3; d++) mean[d] += l[d] / labs.length;
  const centres: Lab[] = [];
  const best = labs.map(() => Infinity);
  let next = labs.reduce((far, l, i) => (distance2(l, mean) > distance2(labs[far], mean) ? i : far), 0);
  while (centres.length < MAX_COLOURS) {
    centres.push(labs[next]);
    let far = -1;
    for (let i = 0; i < labs.length; i++) {
      best[i] = Math.min(best[i], distance2(labs[i], labs[next]));
      if (best[i] > SAME_COLOUR2 && (far < 0 || best[i] > best[far])) far = i;
    }
    if (far < 0) break;
    next = far;
  }
  return centres;
}

function nearest(lab: Lab, centres: Lab[]): number {
  let k = 0;
  for (let j = 1; j < centres.length; j++) if (distance2(lab, centres[j]) < distance2(lab, centres[k])) k = j;
  return k;
}

function summarise(rgb: Uint8Array, labs: Lab[], assign: Uint8Array, k: number): Cluster[] {
  const clusters: Cluster[] = Array.from({ length: k }, () => ({ centre: [0, 0, 0], rgb: [0, 0, 0], count: 0 }));
  assign.forEach((c, i) => {
    const cl = clusters[c];
    cl.count++;
    for (let d = 0; d < 3; d++) {
      cl.centre[d] += labs[i][d];
      cl.rgb[d] += rgb[3 * i + d];
    }
  });
  for (const cl of clusters) {
    if (cl.count === 0) continue;
    for (let d = 0; d < 3; d++) {
      cl.centre[d] /= cl.count;
      cl.rgb[d] /= cl.count;
    }
  }
  return clusters;
}

/** Folds small and look-alike clusters into their nearest larger one, then largest first. */
function finish(clusters: Cluster[], n: number): PaletteColour[] {
  clusters.sort((a, b) => b.count - a.count);
  const kept: Cluster[] = [];
  for (const c of clusters) {
    const home = kept.length ? kept[nearest(c.centre, kept.map((k) => k.centre))] : null;
    if (home && (c.count / n < MIN_SHARE || distance2(home.centre, c.centre) < SAME_COLOUR2)) {
      home.count += c.count; // its pixels count for the colour they fold into; its hue is dropped
    } else kept.push({ ...c });
  }
  return kept.sort((a, b) => b.count - a.count).map((c) => ({ hex: rgbToHex(...c.rgb), share: Math.round((c.count / n) * 1000) / 1000 }));
}

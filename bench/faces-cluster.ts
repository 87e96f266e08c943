// Face clustering (lib/faces/plan-clustering.ts) on 100,000 synthetic 128-d descriptors with
// the structure of real ones (face-api distances: same person ~0.35–0.5, different ~0.8):
// 2,000 people of 45 faces each and 10,000 stray faces. Goal: ≤ 30 s on this machine. Also the
// naive all-pairs DBSCAN's cost, measured on a sample and scaled by n² (what an O(n²) package
// such as density-clustering would take).
//   npm run bench:faces-cluster [-- --faces 100000]
import os from 'node:os';
import { planClustering } from '../lib/faces/plan-clustering';
import { nearestNeighbours } from '../lib/faces/face-neighbours';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('faces', 100_000);
const GOAL_S = 30;
const THREADS_NOTE = 'up to 2 threads';
const STRAYS = Math.round(TOTAL * 0.1);
const PER_PERSON = 45;
const PEOPLE = Math.floor((TOTAL - STRAYS) / PER_PERSON);

// A seeded generator, so every run clusters the same descriptors.
let seed = 42;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
// Spreads chosen so that distances match face-api's: centre to centre 0.055·√256 ≈ 0.88,
// two faces of one person 0.022·√256 ≈ 0.35.
const point = (centre?: Float32Array, spread = 0.055) => Float32Array.from({ length: 128 }, (_, d) => (centre ? centre[d] : 0) + gauss() * spread);

const faces = [];
for (let p = 0; p < PEOPLE; p++) {
  const centre = point();
  for (let f = 0; f < PER_PERSON; f++) faces.push({ id: `p${p}f${f}`, personId: null, descriptor: point(centre, 0.022) });
}
for (let s = 0; faces.length < TOTAL; s++) faces.push({ id: `s${s}`, personId: null, descriptor: point() });

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const plan = planClustering(faces);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

// Quality: how many generated people came out as exactly one new person.
const personOf = new Map<string, number>();
plan.newPeople.forEach((ids, n) => ids.forEach((id) => personOf.set(id, n)));
let whole = 0;
for (let p = 0; p < PEOPLE; p++) {
  const got = new Set(Array.from({ length: PER_PERSON }, (_, f) => personOf.get(`p${p}f${f}`)));
  if (got.size === 1 && !got.has(undefined)) whole++;
}
const straysPlaced = faces.filter((f) => f.id.startsWith('s') && personOf.has(f.id)).length;

// The naive baseline: all pairs on a sample, scaled by (n / sample)².
const SAMPLE = 3_000;
const sample = new Float32Array(SAMPLE * 128);
for (let i = 0; i < SAMPLE; i++) sample.set(faces[Math.floor((i * faces.length) / SAMPLE)].descriptor, i * 128);
const cpu1 = process.cpuUsage();
nearestNeighbours(sample, 16);
const cpuNaive = process.cpuUsage(cpu1);
const naive = ((cpuNaive.user + cpuNaive.system) / 1e6) * (TOTAL / SAMPLE) ** 2;

console.log(`faces: ${TOTAL} (${PEOPLE} people × ${PER_PERSON} + ${STRAYS} strays)`);
console.log(`clustering: ${seconds.toFixed(1)} s wall (${cpuSeconds.toFixed(1)} s CPU on ${THREADS_NOTE}) — goal ${GOAL_S} s, ratio ${(seconds / GOAL_S).toFixed(2)} (wall), ${(cpuSeconds / GOAL_S).toFixed(2)} (CPU)`);
console.log(`machine load while it ran (1-min average): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
console.log(`new people: ${plan.newPeople.length}; people found whole: ${whole}/${PEOPLE}; strays put in a person: ${straysPlaced}/${STRAYS}`);
console.log(`naive all-pairs kNN (CPU measured on ${SAMPLE}, scaled by n²): ~${naive.toFixed(0)} s CPU, ${(naive / cpuSeconds).toFixed(0)}× the CPU of the indexed run`);

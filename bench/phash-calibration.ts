// Calibrates the photo near-duplicate threshold (docs/ml.md "Duplicates"): every decodable corpus
// JPEG/PNG/WebP goes through the real preview rendering (renderPhotoDerivatives, as ingest does)
// and lib/duplicates' photo pHash, and so do copies made with sharp — resized to half, re-encoded
// as JPEG q50 and WebP q75, cropped 3 % and 5 % per side, and "burst-like" shots (a 3 % shift of
// the frame with brightness +6 % and a 1° tilt). Prints the distance distribution of true copies
// against their original, and of distinct corpus photos against each other.
// Run: node --import tsx bench/phash-calibration.ts
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { renderPhotoDerivatives } from '../lib/media/photo-derivatives';
import { hammingDistance } from '../lib/duplicates/perception-hash';
import { photoPhash } from '../lib/duplicates/photo-phash';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const files = (readdirSync(corpus, { recursive: true }) as string[])
  .filter((f) => /\.(jpe?g|png|webp)$/i.test(f) && !/invalid|corrupted/.test(f))
  // The orientation sets are one picture saved nine ways: once each (upright, below) is enough.
  .filter((f) => !/orientation\/.*_[02-8]\.jpg$|orientation-6/i.test(f))
  .map((f) => path.join(corpus, f));

async function hashOf(file: Buffer): Promise<bigint> {
  const { preview } = await renderPhotoDerivatives(file);
  return photoPhash(preview.data);
}

type Variant = (upright: Sharp, w: number, h: number) => Promise<Buffer>;
const crop = (f: number): Variant => (s, w, h) =>
  s.extract({ left: Math.round(w * f), top: Math.round(h * f), width: Math.round(w * (1 - 2 * f)), height: Math.round(h * (1 - 2 * f)) }).jpeg({ quality: 90 }).toBuffer();
const variants: Record<string, Variant> = {
  'resized 50 %': (s, w) => s.resize(Math.round(w / 2)).jpeg({ quality: 90 }).toBuffer(),
  'JPEG q50': (s) => s.jpeg({ quality: 50 }).toBuffer(),
  'WebP q75': (s) => s.webp({ quality: 75 }).toBuffer(),
  'crop 3 %': crop(0.03),
  'crop 5 %': crop(0.05),
  'burst-like': (s, w, h) =>
    s.extract({ left: Math.round(w * 0.03), top: Math.round(h * 0.015), width: Math.round(w * 0.97), height: Math.round(h * 0.97) })
      .rotate(1, { background: '#808080' }).modulate({ brightness: 1.06 }).jpeg({ quality: 85 }).toBuffer(),
};

const originals: { file: string; hash: bigint }[] = [];
const copies: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const file of files) {
  let buf: Buffer;
  let hash: bigint;
  try {
    // Upright first (EXIF orientation applied, as ingest's preview is), losslessly.
    const { data, info } = await sharp(file).rotate().png().toBuffer({ resolveWithObject: true });
    buf = data;
    hash = await hashOf(buf);
    originals.push({ file, hash });
    for (const [name, make] of Object.entries(variants)) copies[name].push(hammingDistance(hash, await hashOf(await make(sharp(buf), info.width, info.height))));
  } catch {
    continue; // a file sharp cannot read is no sample
  }
}

const histogram = (values: number[]) => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([d, n]) => `${d}:${n}`).join(' ');
};
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

console.log(`${originals.length} corpus photos`);
const all: number[] = [];
for (const [name, ds] of Object.entries(copies)) {
  all.push(...ds);
  console.log(`copies ${name.padEnd(13)} n=${ds.length} max=${Math.max(...ds)} p95=${pct(ds, 95)} | ${histogram(ds)}`);
}
console.log(`all copies n=${all.length} max=${Math.max(...all)} p99=${pct(all, 99)}`);
const distinct: number[] = [];
const closest: string[] = [];
for (let i = 0; i < originals.length; i++)
  for (let j = i + 1; j < originals.length; j++) {
    const d = hammingDistance(originals[i].hash, originals[j].hash);
    distinct.push(d);
    if (d <= 14) closest.push(`${d} ${path.relative(corpus, originals[i].file)} ~ ${path.relative(corpus, originals[j].file)}`);
  }
console.log(`distinct pairs n=${distinct.length} min=${Math.min(...distinct)} p1=${pct(distinct, 1)} p5=${pct(distinct, 5)} median=${pct(distinct, 50)}`);
console.log(`distinct histogram ≤ 20: ${histogram(distinct.filter((d) => d <= 20))}`);
console.log(closest.sort().join('\n'));
for (const t of [6, 8, 10, 12, 14]) {
  console.log(`threshold ${t}: copies found ${((100 * all.filter((d) => d <= t).length) / all.length).toFixed(1)} %, distinct pairs within ${distinct.filter((d) => d <= t).length}`);
}

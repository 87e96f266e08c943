// Generates 12-megapixel JPEGs with photo-like content (smooth gradients, blurred noise,
// shapes, a dated EXIF block), cached under bench/.out so reruns reuse them.
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const WIDTH = 4000;
const HEIGHT = 3000;

async function makeOne(file: string, seed: number): Promise<void> {
  const hue = (seed * 47) % 360;
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},50%,25%)"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      <circle cx="${1000 + (seed % 7) * 300}" cy="${900 + (seed % 5) * 250}" r="${500 + (seed % 3) * 150}" fill="hsl(${(hue + 200) % 360},70%,50%)" opacity="0.7"/>
      <rect x="${(seed % 11) * 250}" y="1800" width="1600" height="900" fill="hsl(${(hue + 60) % 360},40%,40%)" opacity="0.6"/>
    </svg>`,
  );
  const noise = await sharp({ create: { width: WIDTH / 4, height: HEIGHT / 4, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .png()
    .toBuffer();
  const day = String((seed % 28) + 1).padStart(2, '0');
  await sharp(gradient)
    .composite([{ input: noise, blend: 'overlay' }])
    .withExif({ IFD0: { Make: 'Bench', Model: 'Generator 12MP' }, IFD2: { DateTimeOriginal: `2024:03:${day} 12:00:00` } })
    .jpeg({ quality: 90 })
    .toFile(file);
}

const BASES = 25;

/** A distinct picture from a base: mirrored, recoloured and re-encoded (cheaper than drawing). */
async function makeVariant(file: string, base: string, seed: number): Promise<void> {
  const day = String((seed % 28) + 1).padStart(2, '0');
  await sharp(base)
    .flop(seed % 2 === 1)
    .flip(seed % 4 >= 2)
    .modulate({ brightness: 0.8 + (seed % 5) * 0.1, hue: (seed * 37) % 360 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Generator 12MP' }, IFD2: { DateTimeOriginal: `2024:04:${day} 12:00:00` } })
    .jpeg({ quality: 90 })
    .toFile(file);
}

export async function photoLikeJpegs(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = Array.from({ length: count }, (_, i) => path.join(dir, `IMG_${String(i).padStart(4, '0')}.jpg`));
  const missing = names.filter((n) => !existsSync(n));
  if (missing.length) console.log(`Generating ${missing.length} 12-megapixel JPEGs in ${dir} (once)…`);
  const make = (file: string) => {
    const index = names.indexOf(file);
    return index < BASES ? makeOne(file, index) : makeVariant(file, names[index % BASES], index);
  };
  const bases = missing.filter((f) => names.indexOf(f) < BASES);
  const variants = missing.filter((f) => names.indexOf(f) >= BASES);
  for (const group of [bases, variants]) {
    for (let i = 0; i < group.length; i += 2) await Promise.all(group.slice(i, i + 2).map(make));
  }
  return (await readdir(dir)).filter((n) => n.endsWith('.jpg')).sort().slice(0, count).map((n) => path.join(dir, n));
}

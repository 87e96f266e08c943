// Pre-generates the benchmark photos (bench/.out/photos-12mp) so a timed run does not wait.
//   node --import tsx bench/generate-photos.ts [count]
import path from 'node:path';
import { photoLikeJpegs } from './support/photo-like-jpegs';

const files = await photoLikeJpegs(path.resolve('bench/.out/photos-12mp'), Number(process.argv[2] ?? 500));
console.log(`${files.length} photos ready`);

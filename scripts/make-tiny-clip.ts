// `node --import tsx scripts/make-tiny-clip.ts <folder>`: writes the few-KB CLIP stand-in
// (scripts/tiny-clip/build-tiny-clip.ts) into <folder>, e.g. DATA_DIR/models/shoebox/tiny-clip,
// to try the ML pipeline without downloading the real model (ML_CLIP_MODEL=shoebox/tiny-clip).
import { buildTinyClip } from './tiny-clip/build-tiny-clip';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node --import tsx scripts/make-tiny-clip.ts <folder>');
  process.exit(2);
}
await buildTinyClip(dir);
console.log(`Tiny CLIP model written to ${dir}`);

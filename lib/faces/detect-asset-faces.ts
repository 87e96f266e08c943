// The faces part of an asset's analysis: faces on its preview (a video's poster frame only: its
// sprite tiles are too small for faces), decoded upright to at most 1024 px — the size the
// detector was measured at (docs/ml.md "Faces") — with boxes stored relative to the picture, so
// they sit on the face in any rendition of the upright preview.
import sharp from 'sharp';
import type { AnalysisInput } from '@/lib/ml/analysis-input';
import { vectorToBytes } from '@/lib/vectors/vector-math';
import { matchBoxes } from './box-overlap';
import { detectFaces, FACES_MODEL } from './face-model';
import { isClusterable, laplacianVariance } from './face-quality';
import { type NewFace, selectStoredFaces, writeAssetFaces } from './faces.queries';

const ANALYSED_SIDE = 1024;
const SHARPNESS_SIDE = 64;

export async function detectAssetFaces(input: AnalysisInput): Promise<number> {
  const { data, info } = await sharp(input.main)
    .resize(ANALYSED_SIDE, ANALYSED_SIDE, { fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgb = info.channels === 3 ? data : await sharp(data, { raw: info }).toColourspace('srgb').removeAlpha().raw().toBuffer();
  const { width, height } = info;
  const found = await detectFaces(new Uint8Array(rgb.buffer, rgb.byteOffset, rgb.length), width, height);

  const faces: NewFace[] = [];
  for (const f of found) {
    const left = clamp(Math.floor(f.box.x), 0, width - 1);
    const top = clamp(Math.floor(f.box.y), 0, height - 1);
    const w = clamp(Math.ceil(f.box.width), 1, width - left);
    const h = clamp(Math.ceil(f.box.height), 1, height - top);
    const grey = await sharp(rgb, { raw: { width, height, channels: 3 } })
      .extract({ left, top, width: w, height: h })
      .resize(SHARPNESS_SIDE, SHARPNESS_SIDE, { fit: 'fill' })
      .greyscale()
      .raw()
      .toBuffer();
    const sharpness = laplacianVariance(grey, SHARPNESS_SIDE, SHARPNESS_SIDE);
    faces.push({
      boxX: left / width,
      boxY: top / height,
      boxW: w / width,
      boxH: h / height,
      score: f.score,
      landmarks: f.landmarks.map((p) => ({ x: round(p.x / width), y: round(p.y / height) })),
      descriptor: vectorToBytes(f.descriptor),
      clusterable: isClusterable({ widthPx: f.box.width, score: f.score, sharpness }),
    });
  }

  // A re-run keeps the faces it finds again (same box, IoU > 0.5) under their ids, with their
  // person (a re-ingest must not scatter a named person's faces into new unnamed ones), their
  // "not this person" marks and their use as a cover. Only an automatic assignment of a face
  // that is no longer clusterable is dropped.
  const stored = await selectStoredFaces(input.assetId);
  const match = matchBoxes(stored.map((s) => ({ x: s.boxX, y: s.boxY, w: s.boxW, h: s.boxH })), faces.map((f) => ({ x: f.boxX, y: f.boxY, w: f.boxW, h: f.boxH })));
  const kept = [...match].map(([i, j]) => ({ id: stored[j].id, face: faces[i], keepPerson: stored[j].assignedBy === 'user' || faces[i].clusterable }));
  const added = faces.filter((_, i) => !match.has(i));
  await writeAssetFaces(input.assetId, kept, added, FACES_MODEL);
  return faces.length;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10_000) / 10_000;

// The CLIP part with the real transformers.js loading, tokenising and ONNX runtime, on the tiny
// CLIP-shaped model generated into DATA_DIR/models (the real one cannot be downloaded here; its
// answers mean nothing, so what is checked is what people rely on: one normalised vector of the
// model's own size per asset, a video's frames pooled, the same words giving the same search
// vector, every question answered and labels that follow the thresholds, a model change
// re-embedding). Question scoring itself is checked with hand-made vectors in
// lib/ml/clip/score-questions.test.ts.
import path from 'node:path';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const DIM = 24;
vi.hoisted(() => {
  process.env.ML_CLIP_MODEL = 'shoebox-test/tiny-clip';
  process.env.ML_MODELS_OFFLINE = 'true';
});

import { analyzeAsset } from '@/lib/ml/analyze-asset';
import { findAssetForAnalysis } from '@/lib/ml/ml.queries';
import { clipPart } from '@/lib/ml/clip/clip-part';
import { loadClipModel, type ClipModel } from '@/lib/ml/clip/clip-model';
import { embedImages } from '@/lib/ml/clip/embed-images';
import { embedSearchText } from '@/lib/ml/clip/embed-search-text';
import { meanVector } from '@/lib/ml/clip/mean-vector';
import { questions } from '@/lib/ml/clip/questions';
import { modelsDir } from '@/lib/ml/models/models-dir';
import { prisma } from '@/lib/server/db';
import { bytesToVector, dot } from '@/lib/vectors/vector-math';
import { findNearestAssets } from '@/lib/vectors/find-nearest-assets';
import { buildTinyClip } from '@/scripts/tiny-clip/build-tiny-clip';
import { clipOwner, photoWithPreview, videoWithFrames } from './clip-helpers';

const MODEL = 'shoebox-test/tiny-clip';
let owner: Awaited<ReturnType<typeof clipOwner>>;
let model: ClipModel;

const norm = (v: Float32Array) => Math.sqrt(dot(v, v));
const storedVector = async (assetId: string) =>
  bytesToVector((await prisma().embedding.findUniqueOrThrow({ where: { assetId_model: { assetId, model: MODEL } } })).vector);

beforeAll(async () => {
  await buildTinyClip(path.join(modelsDir(), MODEL), { dim: DIM });
  owner = await clipOwner();
}, 120_000);

// First: in the web process search opens only the text half, from disk.
describe('embedSearchText', () => {
  it('gives the same vector for the same words and different ones for different words', async () => {
    const cat = await embedSearchText('a photo of a cat');
    expect(cat?.model).toBe(MODEL);
    expect(cat!.vector).toHaveLength(DIM);
    expect(norm(cat!.vector)).toBeCloseTo(1, 5);
    const again = await embedSearchText('  A photo of   a CAT ');
    expect(Array.from(again!.vector)).toEqual(Array.from(cat!.vector));
    const dog = await embedSearchText('a photo of a dog');
    expect(dot(cat!.vector, dog!.vector)).toBeLessThan(0.999);
    // A cached answer cannot be changed by its caller.
    dog!.vector.fill(0);
    expect(norm((await embedSearchText('a photo of a dog'))!.vector)).toBeCloseTo(1, 5);
  });
});


describe('the clip part', () => {
  beforeAll(async () => {
    const loaded = await loadClipModel();
    if (!loaded.ok) throw new Error(loaded.reason);
    model = loaded.model;
  });

  it('stores one L2-normalised vector of the model’s size per photo, and marks it with the model', async () => {
    const red = await photoWithPreview(owner, '#d02020');
    const blue = await photoWithPreview(owner, '#2040d0', '#ffffff');
    expect(await analyzeAsset(red.id)).toMatchObject({ ran: expect.arrayContaining(['clip']), waiting: [] });
    expect(await analyzeAsset(blue.id)).toMatchObject({ ran: expect.arrayContaining(['clip']), waiting: [] });

    const [r, b] = [await storedVector(red.id), await storedVector(blue.id)];
    expect(r).toHaveLength(DIM);
    expect(norm(r)).toBeCloseTo(1, 5);
    expect(dot(r, b)).toBeLessThan(0.999); // different pictures, different vectors
    // What is stored is the picture's own embedding (not the frames of something else).
    const [again] = await embedImages(model, [red.preview]);
    expect(dot(r, again)).toBeCloseTo(1, 5);
    expect((await prisma().analysis.findUniqueOrThrow({ where: { assetId: red.id } })).clipModel).toBe(MODEL);
    // Semantic search reads the stored bytes back: the photo is its own nearest neighbour.
    const nearest = await findNearestAssets({ model: MODEL, vector: r, limit: 2, where: Prisma.sql`a.owner_id = ${owner.ownerId}::uuid` });
    expect(nearest[0]).toMatchObject({ assetId: red.id });
    expect(nearest[0].similarity).toBeCloseTo(1, 5);
  });

  it('embeds a video’s poster and sprite frames in one batch and stores their normalised mean', async () => {
    const video = await videoWithFrames(owner, '#808080', ['#ff0000', '#00ff00', '#0000ff']);
    expect(await analyzeAsset(video.id)).toMatchObject({ ran: expect.arrayContaining(['clip']), waiting: [] });
    const stored = await storedVector(video.id);
    expect(stored).toHaveLength(DIM);
    expect(norm(stored)).toBeCloseTo(1, 5);

    const one = await Promise.all([video.poster, ...video.tiles].map(async (p) => (await embedImages(model, [p]))[0]));
    const pooled = meanVector(one);
    expect(dot(stored, pooled)).toBeCloseTo(1, 4);
    expect(dot(stored, one[0])).toBeLessThan(0.999); // the frames count, not the poster alone
    // A batch gives each picture the vector it gets alone.
    const batch = await embedImages(model, [video.poster, ...video.tiles]);
    batch.forEach((v, i) => expect(dot(v, one[i])).toBeCloseTo(1, 5));
  });

  it('answers every question with a probability and keeps as labels exactly those past their threshold', async () => {
    const photo = await photoWithPreview(owner, '#30a060', '#f0f0f0');
    await analyzeAsset(photo.id);
    const row = await prisma().analysis.findUniqueOrThrow({ where: { assetId: photo.id } });
    const answers = row.answers as Record<string, number>;
    expect(Object.keys(answers).sort()).toEqual(questions.map((q) => q.key).sort());
    for (const q of questions) {
      expect(answers[q.key]).toBeGreaterThanOrEqual(0);
      expect(answers[q.key]).toBeLessThanOrEqual(1);
      expect(row.labels.includes(q.key)).toBe(answers[q.key] >= q.threshold);
    }
  });

  it('is needed again when the configured model changes, and not after it ran', async () => {
    const photo = await photoWithPreview(owner, '#a0a000');
    await analyzeAsset(photo.id);
    const state = (await findAssetForAnalysis(photo.id))!.analysis!;
    expect(clipPart.needed(state)).toBe(false);
    expect(clipPart.needed({ ...state, clipModel: 'Xenova/clip-vit-large-patch14' })).toBe(true);
    expect(clipPart.needed(null)).toBe(true);
    expect(await analyzeAsset(photo.id)).toEqual({ ran: [], waiting: [] });
  });

  it('records the model as ready in ml_models', async () => {
    const row = await prisma().mlModel.findUniqueOrThrow({ where: { id: MODEL } });
    expect(row.status).toBe('ready');
    expect(row.error).toBeNull();
  });
});

// Getting the CLIP model onto a server: the worker downloads it on first use (progress and
// failure in ml_models, shown in /admin), `npm run shoebox -- models pull` downloads it ahead.
// The hub is a loopback stand-in serving the generated tiny model (the real hub cannot be
// reached here), first down, then up: while the model cannot be had the clip part waits with a
// reason people can act on and the other parts still run; a failed download is not retried by
// every job but after ten minutes; then the download lands and the part runs.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const MODEL = 'shoebox-test/hub-clip';
const { hubPort } = await vi.hoisted(async () => {
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  process.env.ML_CLIP_MODEL = 'shoebox-test/hub-clip';
  process.env.ML_MODELS_HOST = `http://127.0.0.1:${port}/`;
  return { hubPort: port };
});

import { analysisParts } from '@/lib/ml/analysis-parts';
import { analyzeAsset } from '@/lib/ml/analyze-asset';
import { embedSearchText } from '@/lib/ml/clip/embed-search-text';
import { upsertAnalysis } from '@/lib/ml/ml.queries';
import { modelsDir } from '@/lib/ml/models/models-dir';
import { prisma } from '@/lib/server/db';
import { buildTinyClip } from '@/scripts/tiny-clip/build-tiny-clip';
import { clipOwner, photoWithPreview } from './clip-helpers';
import { startModelHub } from './model-hub-server';

const run = promisify(execFile);
let hubRoot: string;
let hub: Awaited<ReturnType<typeof startModelHub>> | null = null;
let owner: Awaited<ReturnType<typeof clipOwner>>;

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** `npm run shoebox -- models pull` as an operator runs it, in a fresh data folder. */
async function modelsPull(extraEnv: Record<string, string>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'shoebox-pull-'));
  const child = run(process.execPath, ['--import', 'tsx', 'scripts/shoebox.ts', 'models', 'pull'], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir, ML_CLIP_MODEL: MODEL, LOG_LEVEL: 'warn', ...extraEnv },
  });
  const result = await child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  return { ...result, dataDir };
}

beforeAll(async () => {
  hubRoot = await mkdtemp(path.join(os.tmpdir(), 'shoebox-hub-'));
  await buildTinyClip(path.join(hubRoot, MODEL), { dim: 20 });
  owner = await clipOwner();
  // Another part, standing in for colours/faces: it must run whatever CLIP's state.
  analysisParts.push({
    name: 'stand-in',
    needed: (state) => !state?.coloursAt,
    unavailable: async () => null,
    run: (input) => upsertAnalysis(input.assetId, { coloursAt: new Date() }),
  });
}, 60_000);

afterAll(async () => {
  vi.useRealTimers();
  await hub?.close();
});

describe('while the hub cannot be reached', () => {
  it('the clip part waits with a reason, the other parts run, and /admin’s row says failed and what to do', async () => {
    const photo = await photoWithPreview(owner, '#c03030');
    expect(await analyzeAsset(photo.id)).toMatchObject({ ran: expect.arrayContaining(['stand-in']), waiting: ['clip'] });
    const analysis = await prisma().analysis.findUniqueOrThrow({ where: { assetId: photo.id } });
    expect(analysis.coloursAt).not.toBeNull();
    expect(analysis.clipModel).toBeNull();
    expect(await prisma().embedding.count({ where: { assetId: photo.id } })).toBe(0);

    const row = await prisma().mlModel.findUniqueOrThrow({ where: { id: MODEL } });
    expect(row.status).toBe('failed');
    expect(row.error).toContain(`Shoebox could not download ${MODEL} (offline?)`);
    expect(row.error).toContain('npm run shoebox -- models pull');
    expect(row.error).toContain(`copy the model into ${path.join(modelsDir(), MODEL)}`);
    expect(row.error).not.toMatch(/\n\s+at /);
  });

  it('search has no text vector (the web process never downloads)', async () => {
    expect(await embedSearchText('a dog on a beach')).toBeNull();
  });

  it('`models pull` fails with the same message and no stack trace', async () => {
    const pull = await modelsPull({ ML_MODELS_HOST: `http://127.0.0.1:${hubPort}/` });
    expect(pull.code).toBe(1);
    expect(pull.stderr).toContain(`Shoebox could not download ${MODEL} (offline?) — run \`npm run shoebox -- models pull\``);
    expect(pull.stderr).not.toMatch(/\n\s+at /);
  });

  it('`models pull` with ML_MODELS_OFFLINE=true says downloads are off', async () => {
    const pull = await modelsPull({ ML_MODELS_OFFLINE: 'true' });
    expect(pull.code).toBe(1);
    expect(pull.stderr).toContain(`Model ${MODEL} is not in ${path.join(pull.dataDir, 'models', MODEL)} and downloads are off (ML_MODELS_OFFLINE=true)`);
    expect(pull.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('once the hub answers', () => {
  it('assets do not retry the download at every job, only after ten minutes; then it lands and the part runs', async () => {
    hub = await startModelHub(hubRoot, hubPort);
    const photo = await photoWithPreview(owner, '#3030c0');
    expect(await analyzeAsset(photo.id)).toMatchObject({ ran: expect.arrayContaining(['stand-in']), waiting: ['clip'] });
    expect(hub.requests).toEqual([]);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 11 * 60_000);
    expect(await analyzeAsset(photo.id)).toMatchObject({ ran: expect.arrayContaining(['clip']), waiting: [] });
    vi.useRealTimers();
    expect(hub.requests.some((r) => r.includes('onnx/vision_model_quantized.onnx'))).toBe(true);
    expect(await prisma().embedding.count({ where: { assetId: photo.id, model: MODEL } })).toBe(1);

    const row = await prisma().mlModel.findUniqueOrThrow({ where: { id: MODEL } });
    expect(row.status).toBe('ready');
    expect(row.error).toBeNull();
    const modelBytes = await folderBytes(path.join(hubRoot, MODEL));
    expect(Number(row.bytesDone)).toBe(modelBytes); // every file of the model, counted once
    expect(Number(row.bytesTotal)).toBe(modelBytes);
    // Kept in the models folder: a restart opens it without the hub.
    expect(await folderBytes(path.join(modelsDir(), MODEL))).toBe(modelBytes);
  });

  it('search now embeds text from the downloaded model', async () => {
    const result = await embedSearchText('a dog on a beach');
    expect(result?.model).toBe(MODEL);
    expect(result?.vector).toHaveLength(20);
  });

  it('`models pull` downloads the model into DATA_DIR/models and says so', async () => {
    const pull = await modelsPull({ ML_MODELS_HOST: hub!.url });
    expect(pull.stderr).not.toMatch(/\n\s+at /);
    expect(pull.code).toBe(0);
    expect(pull.stdout).toContain(`${MODEL}: ready in ${path.join(pull.dataDir, 'models')}`);
    expect(pull.stderr).toMatch(/CLIP \[#+\] 100%/);
    expect(await folderBytes(path.join(pull.dataDir, 'models', MODEL))).toBe(await folderBytes(path.join(hubRoot, MODEL)));
  });

  it('`models pull` of a model the hub does not have says so, naming the setting to check', async () => {
    const pull = await modelsPull({ ML_MODELS_HOST: hub!.url, ML_CLIP_MODEL: 'shoebox-test/no-such-model' });
    expect(pull.code).toBe(1);
    expect(pull.stderr).toContain(`Model shoebox-test/no-such-model was not found at ${hub!.url} (check ML_CLIP_MODEL; it needs ONNX weights)`);
    expect(pull.stderr).not.toMatch(/\n\s+at /);
  });
});

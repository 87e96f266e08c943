// Where a model's index files live: DATA_DIR/vector-index/<model-slug>/<generation>.usearch
// and manifest.json, which names the current generation. The manifest is written to a temp
// file and renamed over the old one, so a reader sees the old or the new, never half of one.
import { randomBytes, createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { env } from '@/lib/server/env';

export const manifestSchema = z.object({
  generation: z.number().int().positive(),
  model: z.string(),
  /** Every committed key ≤ maxKey was in PostgreSQL when the file was built (commit-horizon.ts). */
  maxKey: z.string().regex(/^\d+$/),
  count: z.number().int().nonnegative(),
  dims: z.number().int().positive(),
  quantization: z.string(),
  builtAt: z.string(),
});
export type VectorIndexManifest = z.infer<typeof manifestSchema>;

/** A readable, unique folder name: model names hold slashes ("Xenova/clip-vit-base-patch32"). */
export function modelSlug(model: string): string {
  const readable = model.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${readable}-${createHash('sha256').update(model).digest('hex').slice(0, 8)}`;
}

export function modelIndexDir(model: string): string {
  return path.join(env.DATA_DIR, 'vector-index', modelSlug(model));
}

export function generationFile(model: string, generation: number): string {
  return path.join(modelIndexDir(model), `${generation}.usearch`);
}

/** The current manifest, or null when there is none (or it cannot be read: the exact path answers). */
export async function readManifest(model: string): Promise<VectorIndexManifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(modelIndexDir(model), 'manifest.json'), 'utf8')));
    return parsed.success && parsed.data.model === model ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeManifest(manifest: VectorIndexManifest): Promise<void> {
  const dir = modelIndexDir(manifest.model);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.manifest-${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, JSON.stringify(manifest, null, 2));
  await rename(temp, path.join(dir, 'manifest.json'));
}

/**
 * Removes the generations other than `keep` (and abandoned temp files). A process that still
 * has an old file memory-mapped keeps reading it until it swaps (an unlinked file stays mapped).
 */
export async function removeOtherGenerations(model: string, keep: number): Promise<number> {
  const dir = modelIndexDir(model);
  let removed = 0;
  for (const name of await readdir(dir)) {
    const stale = (name.endsWith('.usearch') && name !== `${keep}.usearch`) || name.endsWith('.tmp');
    if (!stale) continue;
    await rm(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

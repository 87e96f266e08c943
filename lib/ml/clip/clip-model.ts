// The CLIP model of this process (ML_CLIP_MODEL): vision and text halves, image processor and
// tokenizer, loaded lazily, once, by whichever caller comes first; concurrent callers share the
// same load. The worker may download (progress and failures go to ml_models, shown in /admin);
// the web process opens only the text half (search words; the 89 MB vision half would sit
// unused in its memory), only from disk (a search must never start a 150 MB download), and
// answers "not available" until the worker has it.
import {
  AutoProcessor,
  AutoTokenizer,
  CLIPTextModelWithProjection,
  CLIPVisionModelWithProjection,
  type PreTrainedTokenizer,
  type Processor,
  type ProgressCallback,
} from '@huggingface/transformers';
import { env } from '@/lib/server/env';
import { log } from '@/lib/server/log';
import { describeLoadError } from '@/lib/ml/models/describe-load-error';
import { DownloadProgress } from '@/lib/ml/models/download-progress';
import { configureModelLoading } from '@/lib/ml/models/models-dir';

export interface ClipText {
  id: string;
  tokenizer: PreTrainedTokenizer;
  text: CLIPTextModelWithProjection;
}

export interface ClipModel extends ClipText {
  processor: Processor;
  vision: CLIPVisionModelWithProjection;
}

export type ClipLoad<M = ClipModel> = { ok: true; model: M } | { ok: false; reason: string };

/** After a failed download, assets wait this long before the next attempt (not one per job). */
const RETRY_DOWNLOAD_MS = 10 * 60_000;
/** The web process looks on disk again this soon: the worker may have finished downloading. */
const RETRY_LOCAL_MS = 60_000;

interface Attempt<M> {
  id: string;
  promise: Promise<ClipLoad<M>>;
  failedAt?: number;
}

let both: Attempt<ClipModel> | null = null;
let textOnly: Attempt<ClipText> | null = null;

export function clipModelId(): string {
  return env.ML_CLIP_MODEL;
}

export interface ClipLoadOptions {
  /** Record the download in ml_models (default true); `models pull` may run without a database. */
  record?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The whole model (the worker, `models pull`), downloading missing files unless
 * ML_MODELS_OFFLINE, or why it is not available.
 */
export function loadClipModel(options: ClipLoadOptions = {}): Promise<ClipLoad> {
  both = reuseOrStart(both, RETRY_DOWNLOAD_MS, () => load(clipModelId(), options));
  return both.promise;
}

/** The text half only, from disk: what the web process needs for search words. */
export function loadClipText(): Promise<ClipLoad<ClipText>> {
  // The worker's full model, when this process has one, serves as well.
  if (both && both.id === clipModelId() && both.failedAt === undefined) return both.promise;
  textOnly = reuseOrStart(textOnly, RETRY_LOCAL_MS, () => loadText(clipModelId()));
  return textOnly.promise;
}

/** The load under way or done for this model id, unless it failed long enough ago to try again. */
function reuseOrStart<M>(previous: Attempt<M> | null, retryMs: number, start: () => Promise<ClipLoad<M>>): Attempt<M> {
  const id = clipModelId();
  const retryDue = previous?.failedAt !== undefined && Date.now() - previous.failedAt >= retryMs;
  if (previous && previous.id === id && !retryDue) return previous;
  const current: Attempt<M> = { id, promise: Promise.resolve({ ok: false, reason: '' }) };
  current.promise = start().then((result) => {
    if (!result.ok) current.failedAt = Date.now();
    return result;
  });
  return current;
}

async function load(id: string, options: ClipLoadOptions): Promise<ClipLoad> {
  configureModelLoading();
  const progress = new DownloadProgress(id, { record: options.record ?? true, onChange: options.onProgress });
  await progress.start();
  const shared = { progress_callback: progress.callback as ProgressCallback };
  try {
    // One after another: on 2 cores parallel downloads gain nothing and four half-files help no one.
    const processor = await AutoProcessor.from_pretrained(id, shared);
    const tokenizer = await AutoTokenizer.from_pretrained(id, shared);
    const vision = await CLIPVisionModelWithProjection.from_pretrained(id, { ...shared, dtype: 'q8' });
    const text = await CLIPTextModelWithProjection.from_pretrained(id, { ...shared, dtype: 'q8' });
    await progress.ready();
    log.info({ model: id }, 'CLIP model loaded');
    return { ok: true, model: { id, processor, tokenizer, vision, text } };
  } catch (error) {
    const reason = describeLoadError(id, error);
    await progress.failed(reason);
    // The CLI prints the reason itself; the worker's log is where an admin looks.
    if (options.record ?? true) log.warn({ model: id, reason }, 'CLIP model not available');
    return { ok: false, reason };
  }
}

async function loadText(id: string): Promise<ClipLoad<ClipText>> {
  configureModelLoading();
  try {
    const tokenizer = await AutoTokenizer.from_pretrained(id, { local_files_only: true });
    const text = await CLIPTextModelWithProjection.from_pretrained(id, { local_files_only: true, dtype: 'q8' });
    return { ok: true, model: { id, tokenizer, text } };
  } catch (error) {
    log.debug({ model: id, error: String(error) }, 'CLIP text model not on disk');
    return { ok: false, reason: `Model ${id} is not downloaded yet (the worker downloads it).` };
  }
}

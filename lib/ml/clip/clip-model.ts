// The CLIP model of this process (ML_CLIP_MODEL): vision and text halves, image processor and
// tokenizer, loaded lazily, once, by whichever caller comes first; concurrent callers share the
// same load. The worker may download (progress and failures go to ml_models, shown in /admin);
// the web process only opens what is already on disk (a search must never start a 150 MB
// download), and answers "not available" until the worker has it.
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

export interface ClipModel {
  id: string;
  processor: Processor;
  tokenizer: PreTrainedTokenizer;
  vision: CLIPVisionModelWithProjection;
  text: CLIPTextModelWithProjection;
}

export type ClipLoad = { ok: true; model: ClipModel } | { ok: false; reason: string };

/** After a failed download, assets wait this long before the next attempt (not one per job). */
const RETRY_DOWNLOAD_MS = 10 * 60_000;
/** The web process looks on disk again this soon: the worker may have finished downloading. */
const RETRY_LOCAL_MS = 60_000;

interface Attempt {
  id: string;
  download: boolean;
  promise: Promise<ClipLoad>;
  failedAt?: number;
}

let attempt: Attempt | null = null;

export function clipModelId(): string {
  return env.ML_CLIP_MODEL;
}

/**
 * The loaded model, or why it is not available. `download: true` (the worker, `models pull`)
 * fetches missing files unless ML_MODELS_OFFLINE; `false` opens only files already on disk.
 */
export interface ClipLoadOptions {
  download: boolean;
  /** Record the download in ml_models (default true when downloading); `models pull` may run without a database. */
  record?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export function loadClipModel(options: ClipLoadOptions): Promise<ClipLoad> {
  const id = clipModelId();
  if (attempt && attempt.id === id && !retryDue(attempt, options.download)) return attempt.promise;
  const current: Attempt = { id, download: options.download, promise: Promise.resolve({ ok: false, reason: '' }) };
  current.promise = load(id, options).then((result) => {
    if (!result.ok) current.failedAt = Date.now();
    return result;
  });
  attempt = current;
  return current.promise;
}

function retryDue(previous: Attempt, download: boolean): boolean {
  if (previous.failedAt === undefined) return false; // loading, or loaded
  if (download && !previous.download) return true; // the web's look on disk says nothing of the hub
  return Date.now() - previous.failedAt >= (previous.download ? RETRY_DOWNLOAD_MS : RETRY_LOCAL_MS);
}

async function load(id: string, options: ClipLoadOptions): Promise<ClipLoad> {
  configureModelLoading();
  const progress = options.download ? new DownloadProgress(id, { record: options.record ?? true, onChange: options.onProgress }) : null;
  await progress?.start();
  const shared = {
    local_files_only: !options.download,
    ...(progress && { progress_callback: progress.callback as ProgressCallback }),
  };
  try {
    // One after another: on 2 cores parallel downloads gain nothing and four half-files help no one.
    const processor = await AutoProcessor.from_pretrained(id, shared);
    const tokenizer = await AutoTokenizer.from_pretrained(id, shared);
    const vision = await CLIPVisionModelWithProjection.from_pretrained(id, { ...shared, dtype: 'q8' });
    const text = await CLIPTextModelWithProjection.from_pretrained(id, { ...shared, dtype: 'q8' });
    await progress?.ready();
    log.info({ model: id }, 'CLIP model loaded');
    return { ok: true, model: { id, processor, tokenizer, vision, text } };
  } catch (error) {
    const reason = options.download ? describeLoadError(id, error) : `Model ${id} is not downloaded yet (the worker downloads it).`;
    if (progress) {
      await progress.failed(reason);
      // The CLI prints the reason itself; the worker's log is where an admin looks.
      if (options.record ?? true) log.warn({ model: id, reason }, 'CLIP model not available');
    } else {
      log.debug({ model: id, error: String(error) }, 'CLIP model not on disk');
    }
    return { ok: false, reason };
  }
}

// One place that points transformers.js at our model folder: downloads are cached there and a
// model copied there by hand (DATA_DIR/models/<owner>/<name>/…, the hub's layout) is used as is.
// Both processes (web for search text, worker for images) call this before loading anything.
import path from 'node:path';
import { env as transformers, LogLevel } from '@huggingface/transformers';
import { env } from '@/lib/server/env';

export function modelsDir(): string {
  return env.ML_MODELS_DIR ?? path.join(env.DATA_DIR, 'models');
}

export function configureModelLoading(): void {
  const dir = modelsDir();
  transformers.cacheDir = dir;
  transformers.localModelPath = dir;
  transformers.allowLocalModels = true;
  transformers.allowRemoteModels = !env.ML_MODELS_OFFLINE;
  transformers.remoteHost = env.ML_MODELS_HOST.endsWith('/') ? env.ML_MODELS_HOST : `${env.ML_MODELS_HOST}/`;
  // Its warnings ("unable to load from local path" before every download) are our normal path.
  transformers.logLevel = LogLevel.ERROR;
}

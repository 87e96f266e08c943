// What a person reads when a model cannot be loaded (in /admin, in the part's "waiting" reason and
// from `models pull`): what happened and the two ways out, never a stack trace.
import { env } from '@/lib/server/env';
import { modelsDir } from './models-dir';

export function describeLoadError(modelId: string, error: unknown): string {
  const where = `${modelsDir()}/${modelId}`;
  const ways = `run \`npm run shoebox -- models pull\` where there is internet, or copy the model into ${where}`;
  const text = errorText(error);
  if (env.ML_MODELS_OFFLINE && /not found locally|ModelFileNotFound|local_files_only/i.test(text)) {
    return `Model ${modelId} is not in ${where} and downloads are off (ML_MODELS_OFFLINE=true) — ${ways}.`;
  }
  if (/Could not locate file|Unauthorized access|Forbidden access|not found/i.test(text)) {
    return `Model ${modelId} was not found at ${env.ML_MODELS_HOST} (check ML_CLIP_MODEL; it needs ONNX weights) — ${ways}. (${firstLine(text)})`;
  }
  return `Shoebox could not download ${modelId} (offline?) — ${ways}. (${firstLine(text)})`;
}

/** The message and its causes (fetch failures hide the real reason, e.g. ENOTFOUND, in `cause`). */
function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error) {
      parts.push(`${current.name === 'Error' ? '' : `${current.name}: `}${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ');
}

function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 240 ? `${line.slice(0, 240)}…` : line;
}

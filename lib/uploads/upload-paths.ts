// Where uploads live: partial files in the tus store under the data dir (never in a library),
// each user's own upload library at DATA_DIR/uploads/<userId>, and inside a library the dated
// folder a finished upload lands in (<YYYY>/<MM>, by the day of the upload).
import path from 'node:path';
import { env } from '@/lib/server/env';

export const partialUploadsDir = () => path.join(env.DATA_DIR, 'upload-parts');

export const ownUploadRoot = (userId: string) => path.join(env.DATA_DIR, 'uploads', userId);

export function datedFolder(now: Date): string {
  return path.join(String(now.getFullYear()), String(now.getMonth() + 1).padStart(2, '0'));
}

const MAX_NAME_BYTES = 200;

/**
 * A file name safe to create: no folders, no control characters or separators, no leading dot
 * (a hidden file a scan would skip), at most 200 bytes with its extension kept.
 */
export function sanitiseFileName(original: string): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  if (!name || name === '.' || name === '..') name = 'upload';
  const ext = path.extname(name).slice(0, 16);
  let stem = name.slice(0, name.length - path.extname(name).length) || 'upload';
  while (Buffer.byteLength(stem + ext) > MAX_NAME_BYTES) stem = stem.slice(0, -1);
  return stem + ext;
}

/** `photo.jpg` → `photo (2).jpg`: the n-th name tried when the first ones are taken. */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/** The name with its extension replaced when it does not say what the content is. */
export function withExtension(name: string, ext: string): string {
  const current = path.extname(name);
  return `${name.slice(0, name.length - current.length) || 'upload'}.${ext}`;
}

// A refusal inside the tus server's hooks: @tus/server answers a thrown object's status_code and
// body as they are, so the body is our usual { error: { code, message, details } } in JSON and
// the client shows the message (too big, over quota, not a photo, duplicate with its link).
import { AppError, errorStatus, type ErrorCode } from '@/lib/server/errors';

export type UploadProblem = 'too_big' | 'over_quota' | 'duplicate' | 'checksum_mismatch' | 'not_media' | 'bad_metadata' | 'not_found' | 'storage';

export class UploadRefusal extends Error {
  readonly status_code: number;
  readonly body: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { reason: UploadProblem; [key: string]: unknown },
  ) {
    super(message);
    this.name = 'UploadRefusal';
    this.status_code = errorStatus[code];
    this.body = JSON.stringify({ error: { code, message, details } });
  }

  /** The same refusal for the JSON routes (the check before sending bytes). */
  toAppError(): AppError {
    return new AppError(this.code, this.message, this.details);
  }
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
export const formatBytes = (n: number) => (n >= GIB ? `${(n / GIB).toFixed(1)} GB` : n >= MIB ? `${(n / MIB).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export const tooBig = (size: number, max: number) =>
  new UploadRefusal('payload_too_large', `This file is ${formatBytes(size)}; the largest file this server takes is ${formatBytes(max)}.`, { reason: 'too_big', maxFileBytes: max });

export const overQuota = (size: number, quota: number, used: number) =>
  new UploadRefusal(
    'payload_too_large',
    `Not enough room: this file is ${formatBytes(size)} and ${formatBytes(Math.max(0, quota - used))} of your ${formatBytes(quota)} upload quota is left.`,
    { reason: 'over_quota', quotaBytes: quota, usedBytes: used },
  );

export const duplicateOf = (assetId: string) =>
  new UploadRefusal('conflict', 'This photo or video is already in your library.', { reason: 'duplicate', assetId, url: `/photos/${assetId}` });

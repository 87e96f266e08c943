// One error class with a code enum and a single code→status map. `message` is safe to show
// to the user; anything internal goes to the log through `cause`.
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** A per-user cap (markers, comments… on one video) is full. */
  limit_reached: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  /** Every slot of a capped piece of work is taken right now; Retry-After says when to ask again. */
  busy: 503,
  /** A handler took longer than REQUEST_TIMEOUT_MS to answer. */
  timeout: 504,
  /** A stored derived file was encrypted under another STORAGE_ENCRYPTION_KEY (or none is set). */
  storage_key_mismatch: 500,
  /** A stored derived file failed its integrity check (encrypted chunk tag). */
  storage_damaged: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);

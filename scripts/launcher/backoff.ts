// How long the launcher waits before restarting a crashed child: doubling from `baseMs` up to
// `maxMs`, and back to `baseMs` once a run lasted `stableAfterMs` (a crash after a day of work
// is not a crash loop).
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  stableAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000, stableAfterMs: 60_000 };

/** The delay before restart number `consecutiveCrashes` (1 for the first crash in a row). */
export function restartDelayMs(consecutiveCrashes: number, options: BackoffOptions): number {
  const exponent = Math.max(0, consecutiveCrashes - 1);
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exponent, 30));
}

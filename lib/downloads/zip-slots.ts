// ZIP streams this process is sending, per user (or per shared link): a ZIP holds a connection
// and a disk busy for minutes, so one person gets MAX_ZIP_STREAMS_PER_USER at once and the next
// is refused at once (429) instead of queueing. Per process, like the frame and transcode slots
// (lib/videos): kept on globalThis, since Next's route bundles each have their own module copies.
import { AppError } from '@/lib/server/errors';
import { MAX_ZIP_STREAMS_PER_USER } from './downloads.schemas';

const holder = globalThis as unknown as { shoeboxZipStreams?: Map<string, number> };
const streams = (holder.shoeboxZipStreams ??= new Map());

/** Seconds a refused client is told to wait: about what a small ZIP takes. */
const RETRY_AFTER_SECONDS = 30;

/** Takes one of the key's slots, or throws 429; the returned release gives it back (once). */
export function claimZipSlot(key: string): () => void {
  const busy = streams.get(key) ?? 0;
  if (busy >= MAX_ZIP_STREAMS_PER_USER) {
    throw new AppError(
      'rate_limited',
      `You already have ${MAX_ZIP_STREAMS_PER_USER} downloads running. Wait for one to finish, then try again.`,
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
  streams.set(key, busy + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (streams.get(key) ?? 1) - 1;
    if (left <= 0) streams.delete(key);
    else streams.set(key, left);
  };
}

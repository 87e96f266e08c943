// The answers the frame operations share: the time asked is outside the video (a field error,
// like any other validation), every extraction slot is busy (503 with Retry-After).
import { AppError } from '@/lib/server/errors';

/** How long a client waits before asking for a frame again when every slot is taken. */
const BUSY_RETRY_AFTER_SECONDS = 2;

export function timeOutsideVideo(field: string, durationS: number): AppError {
  const message = `Choose a time between 0 and ${durationS.toFixed(3)} s (the video's length).`;
  return new AppError('validation_failed', message, { formErrors: [], fieldErrors: { [field]: [message] } });
}

export function framesBusy(): AppError {
  return new AppError('busy', 'Shoebox is already taking frames from videos; try again in a moment.', { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
}

export function noFrameThere(): AppError {
  return new AppError('not_found', 'No picture could be read from the video at this time.');
}

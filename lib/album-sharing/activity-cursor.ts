// The feed's page marker: the last entry's time and key, opaque to the browser (base64url of
// JSON). A marker that does not decode is a 422 naming `cursor`, never a 500.
import { AppError } from '@/lib/server/errors';

export interface ActivityCursor {
  at: Date;
  key: string;
}

export function encodeActivityCursor(c: ActivityCursor): string {
  return Buffer.from(JSON.stringify([c.at.toISOString(), c.key])).toString('base64url');
}

export function decodeActivityCursor(text: string): ActivityCursor {
  try {
    const [at, key] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const date = typeof at === 'string' ? new Date(at) : new Date(NaN);
    if (typeof key === 'string' && key.length <= 100 && !Number.isNaN(date.getTime())) return { at: date, key };
  } catch {
    // fall through: not ours
  }
  const message = 'This page marker is not valid. Reload the activity.';
  throw new AppError('validation_failed', message, { fieldErrors: { cursor: [message] } });
}

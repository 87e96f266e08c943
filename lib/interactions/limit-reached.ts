// The answer when a person's per-video cap is full: a 409 that says which cap and how big.
import { AppError } from '@/lib/server/errors';
import { type LimitedKind, PER_VIDEO_LIMITS } from './interactions.schemas';

const NAMES: Record<LimitedKind, string> = { marker: 'markers', finishPoint: 'finish points', comment: 'comments' };

export function limitReached(kind: LimitedKind): AppError {
  const limit = PER_VIDEO_LIMITS[kind];
  return new AppError('limit_reached', `You can keep up to ${limit} ${NAMES[kind]} on one video. Remove some to add more.`, { kind, limit });
}

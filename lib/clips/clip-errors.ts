// The answers a clip request can get besides success: a field the user should change (422, like
// any validation error) and a full cap (409 limit_reached, saying which and how big).
import { AppError } from '@/lib/server/errors';
import { MAX_ACTIVE_CLIPS, MAX_STORED_CLIPS } from './clips.schemas';

export function clipFieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { formErrors: [], fieldErrors: { [field]: [message] } });
}

export function clipLimitReached(kind: 'active' | 'stored'): AppError {
  return kind === 'active'
    ? new AppError('limit_reached', `You already have ${MAX_ACTIVE_CLIPS} clips being made. Wait for one to finish, then try again.`, { kind: 'activeClips', limit: MAX_ACTIVE_CLIPS })
    : new AppError('limit_reached', `You can keep up to ${MAX_STORED_CLIPS} clips. Delete some to make more.`, { kind: 'storedClips', limit: MAX_STORED_CLIPS });
}

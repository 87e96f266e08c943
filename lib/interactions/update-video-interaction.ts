// Like, rate, favourite or re-date the favourite of a video, for this user only. A favourite
// switched on or off goes through the same action as the timeline's (it moves the favourites
// view's counts); a favourite's date is the user's to correct.
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { applyBulkActionForUser } from '@/lib/assets/apply-bulk-action';
import { AppError } from '@/lib/server/errors';
import { upsertPreferences } from './interactions.queries';
import type { UpdateInteractionInput, VideoInteractions } from './interactions.schemas';
import { getVideoInteractions } from './get-video-interactions';

export async function updateVideoInteraction(user: Actor, askedId: string, change: UpdateInteractionInput): Promise<VideoInteractions> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const favouriteAt = change.favouriteAt ? new Date(change.favouriteAt) : undefined;
  if (favouriteAt && favouriteAt.getTime() > Date.now() + 60_000) {
    throw new AppError('validation_failed', 'A favourite cannot date from the future.', { fieldErrors: { favouriteAt: ['in the future'] } });
  }
  if (change.favourite === false && favouriteAt) {
    throw new AppError('validation_failed', 'Un-favouriting and dating the favourite at once makes no sense.', { fieldErrors: { favouriteAt: ['with favourite: false'] } });
  }
  if (change.favourite !== undefined && !favouriteAt) await applyBulkActionForUser(user, [assetId], change.favourite ? 'favourite' : 'unfavourite');
  await upsertPreferences(user.id, assetId, {
    liked: change.liked,
    ratingHalves: change.rating === undefined ? undefined : change.rating === null ? null : Math.round(change.rating * 2),
    favouriteAt,
  });
  return getVideoInteractions(user, assetId);
}

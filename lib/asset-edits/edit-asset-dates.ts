// Sets or shifts the date of the owner's photos and videos, all or nothing: one id that is not
// theirs (or does not exist) refuses the lot with 404, one whose shifted date would leave the
// years allowed refuses it with 422 naming those ids. The file's own date is kept once per
// asset (asset_date_edits) for "Revert"; the month counts are refreshed, since the edited
// photos usually move to another month.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { inDateTransaction, lockAssets, selectOutOfRange, writeDateChange } from './asset-edits.queries';
import { MAX_YEAR, MIN_YEAR, type DateChange, type DateEditResult } from './asset-edits.schemas';

export async function editAssetDates(user: Actor, ids: string[], change: DateChange): Promise<DateEditResult> {
  const allowed = [...(await requireAccess(user, 'asset.update', ids))];
  const updated = await inDateTransaction(async (tx) => {
    await lockAssets(tx, allowed);
    const outside = await selectOutOfRange(tx, allowed, change);
    if (outside.length > 0) {
      const which = outside.length === 1 ? 'one of these photos' : `${outside.length} of these photos`;
      throw new AppError('validation_failed', `That shift would move ${which} outside the years ${MIN_YEAR} to ${MAX_YEAR}. Nothing was changed.`, { ids: outside });
    }
    const n = await writeDateChange(tx, user.id, allowed, change);
    await requestCountsRefresh(tx);
    return n;
  });
  return { updated };
}

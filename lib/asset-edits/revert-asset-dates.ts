// Gives the owner's photos and videos their file's date back: the stored original returns to
// the asset and the edit row goes. Assets with no edited date are left as they are (counted
// out); an id that is not the owner's refuses the lot with 404.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { requestCountsRefresh } from '@/lib/timeline/request-counts-refresh';
import { inDateTransaction, lockAssets, revertDateEdits } from './asset-edits.queries';
import type { DateRevertResult } from './asset-edits.schemas';

export async function revertAssetDates(user: Actor, ids: string[]): Promise<DateRevertResult> {
  const allowed = [...(await requireAccess(user, 'asset.update', ids))];
  const reverted = await inDateTransaction(async (tx) => {
    await lockAssets(tx, allowed);
    const n = await revertDateEdits(tx, allowed);
    if (n > 0) await requestCountsRefresh(tx);
    return n;
  });
  return { reverted };
}

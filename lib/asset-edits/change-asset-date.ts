// One asset's date, from the viewer's info panel: set or shift it, or revert it, and answer the
// whole details (as PATCH /api/assets/:id does) so the panel shows the new date in one go.
import type { Actor } from '@/lib/access/access.schemas';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { getAssetDetails } from '@/lib/assets/get-asset-details';
import type { DateChange } from './asset-edits.schemas';
import { editAssetDates } from './edit-asset-dates';
import { revertAssetDates } from './revert-asset-dates';

export async function changeAssetDate(user: Actor, assetId: string, change: DateChange): Promise<AssetDetails> {
  await editAssetDates(user, [assetId], change);
  return getAssetDetails(user, assetId);
}

export async function revertAssetDate(user: Actor, assetId: string): Promise<AssetDetails> {
  await revertAssetDates(user, [assetId]);
  return getAssetDetails(user, assetId);
}

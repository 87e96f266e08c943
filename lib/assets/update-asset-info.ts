// The owner changes an asset's title, description or external link. They live in the database
// only: the original file is never written. Members of a shared library may read them but not
// change them ('asset.update'); anyone else gets the 404 of a missing asset. Answers the whole
// details, as GET /api/assets/:id does, so the page replaces what it shows in one go.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { saveAssetInfo } from './asset-info.queries';
import type { AssetDetails, UpdateAssetInfoInput } from './assets.schemas';
import { getAssetDetails } from './get-asset-details';

export async function updateAssetInfo(user: Actor, assetId: string, input: UpdateAssetInfoInput): Promise<AssetDetails> {
  await requireAccess(user, 'asset.update', [assetId]);
  await saveAssetInfo(assetId, input);
  return getAssetDetails(user, assetId);
}

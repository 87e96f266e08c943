// The faces on one photo with their people's names, for the viewer's info panel. Anyone who can
// read the photo sees its boxes; names only for the photo's owner (people are theirs alone).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { selectAssetFaces } from './faces.queries';
import type { AssetFace } from './faces.schemas';

export async function listAssetFaces(actor: Actor, assetId: string): Promise<AssetFace[]> {
  await requireAccess(actor, 'asset.read', [assetId]);
  const rows = await selectAssetFaces(assetId, actor.id);
  return rows.map((r) => ({
    id: r.id,
    box: { x: r.box_x, y: r.box_y, w: r.box_w, h: r.box_h },
    score: r.score,
    personId: r.person_id,
    personName: r.person_name === '' ? null : r.person_name,
  }));
}

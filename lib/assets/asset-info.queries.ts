// SQL of the info an owner keeps with an asset (title, description, external link): database
// only, never the file. lib/access has already said the user may change it.
import { prisma } from '@/lib/server/db';

/** A field left undefined keeps its value. */
export async function saveAssetInfo(assetId: string, info: { title?: string | null; description?: string | null; externalUrl?: string | null }): Promise<void> {
  await prisma().asset.update({ where: { id: assetId }, data: info });
}

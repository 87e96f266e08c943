// Changes one video's links: only its owner (asset.update), and only with their own
// performers, studio and tags (x.update). Names the editor typed that match none of the
// owner's names or aliases (any case) make new ones, in the same transaction.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma, type Prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { getVideoOrganise } from './get-video-organise';
import { findEntitiesByNameOrAlias, insertEntityIfMissing } from './organise.queries';
import type { EntityKind, VideoOrganise, VideoOrganisePatch } from './organise.schemas';
import { applyLinkChanges, selectVideoIds } from './video-links.queries';

async function idsForNames(tx: Prisma.TransactionClient, kind: EntityKind, ownerId: string, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const found = new Map((await findEntitiesByNameOrAlias(kind, ownerId, names, tx)).map((r) => [r.key, r.id]));
  const ids: string[] = [];
  for (const name of names) ids.push(found.get(name.toLowerCase()) ?? (await insertEntityIfMissing(tx, kind, ownerId, name)));
  return ids;
}

export async function updateVideoOrganise(user: Actor, assetId: string, patch: VideoOrganisePatch): Promise<VideoOrganise> {
  await requireAccess(user, 'asset.update', [assetId]);
  if ((await selectVideoIds([assetId])).length === 0) throw notFound('No such video.');
  if (patch.addPerformerIds.length) await requireAccess(user, 'person.update', patch.addPerformerIds);
  if (patch.addTagIds.length) await requireAccess(user, 'tag.update', patch.addTagIds);
  if (patch.studioId) await requireAccess(user, 'studio.update', [patch.studioId]);
  await prisma().$transaction(async (tx) => {
    const studioId = patch.studioName !== undefined ? (await idsForNames(tx, 'studio', user.id, [patch.studioName]))[0] : patch.studioId;
    await applyLinkChanges(tx, [assetId], {
      addPerformerIds: [...patch.addPerformerIds, ...(await idsForNames(tx, 'person', user.id, patch.addPerformerNames))],
      removePerformerIds: patch.removePerformerIds,
      addTagIds: [...patch.addTagIds, ...(await idsForNames(tx, 'tag', user.id, patch.addTagNames))],
      removeTagIds: patch.removeTagIds,
      studioId,
      releaseDate: patch.releaseDate,
      organised: patch.organised,
    });
  });
  return getVideoOrganise(user, assetId);
}

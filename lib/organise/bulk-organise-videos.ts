// Bulk edit from a catalogue selection: the same tag/performer/studio/organised changes on up
// to 5,000 videos, all or nothing — every id must be the user's own video (one lib/access
// round trip for all of them) and every performer/studio/tag their own, else 404 and nothing
// changes.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { BulkOrganise } from './organise.schemas';
import { applyLinkChanges, selectVideoIds } from './video-links.queries';

export async function bulkOrganiseVideos(user: Actor, input: BulkOrganise): Promise<{ updated: number }> {
  const ids = [...(await requireAccess(user, 'asset.update', input.ids))];
  if ((await selectVideoIds(ids)).length !== ids.length) throw notFound('Some of these videos do not exist.');
  const entityIds = { person: [...input.addPerformerIds], tag: [...input.addTagIds], studio: input.studioId ? [input.studioId] : [] };
  if (entityIds.person.length) await requireAccess(user, 'person.update', entityIds.person);
  if (entityIds.tag.length) await requireAccess(user, 'tag.update', entityIds.tag);
  if (entityIds.studio.length) await requireAccess(user, 'studio.update', entityIds.studio);
  await prisma().$transaction((tx) =>
    applyLinkChanges(tx, ids, {
      addPerformerIds: input.addPerformerIds,
      removePerformerIds: input.removePerformerIds,
      addTagIds: input.addTagIds,
      removeTagIds: input.removeTagIds,
      studioId: input.studioId,
      organised: input.organised,
    }),
  );
  return { updated: ids.length };
}

// A video's performers, studio, tags (its own, and those inherited from its performers), its
// cast-size tag, release date and organised flag, for anyone who can read the video; a member
// of a shared library sees the owner's, read-only (`editable` false).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { imageUrlOf } from './entity-view';
import { castTagOf, type VideoOrganise } from './organise.schemas';
import { selectVideoLinks } from './video-links.queries';

export async function getVideoOrganise(user: Actor, assetId: string): Promise<VideoOrganise> {
  await requireAccess(user, 'asset.read', [assetId]);
  const links = await selectVideoLinks(assetId);
  if (!links.video || links.video.type !== 'video') throw notFound('No such video.');
  return {
    performers: links.performers.map((p) => ({ id: p.id, name: p.name, role: p.role, source: p.source, imageUrl: imageUrlOf('person', p.id, p.image_key, p.updated_at) })),
    studio: links.studio ? { id: links.studio.id, name: links.studio.name, parent: links.studio.parent_id ? { id: links.studio.parent_id, name: links.studio.parent_name ?? '' } : null } : null,
    tags: links.tags,
    inheritedTags: links.inherited,
    castTag: castTagOf(links.performers.length),
    releaseDate: links.video.release_date ? links.video.release_date.toISOString().slice(0, 10) : null,
    organised: links.video.organised,
    editable: links.video.owner_id === user.id,
  };
}

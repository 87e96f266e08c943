// The videos of a performer, studio or tag as catalogue cards, newest added first: the
// catalogue's own filter for that one entity, so a studio's page includes its child studios', a
// tag's its descendants' and those inheriting it from a performer (docs/videos.md, "Derived
// tags"), copies appear once and the user's archive is left out, exactly as in /videos.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { VideoPage } from '@/lib/catalogue/catalogue.schemas';
import { videoListQuerySchema } from '@/lib/catalogue/catalogue.schemas';
import { listVideos } from '@/lib/catalogue/list-videos';
import { permissionOf } from './entity-view';
import type { EntityKind, EntityVideosQuery } from './organise.schemas';

const FILTER_OF: Record<EntityKind, 'performers' | 'studios' | 'tags'> = { person: 'performers', studio: 'studios', tag: 'tags' };

export async function listEntityVideos(user: Actor, kind: EntityKind, id: string, query: EntityVideosQuery): Promise<VideoPage> {
  await requireAccess(user, permissionOf(kind, 'read'), [id]);
  return listVideos(user, videoListQuerySchema.parse({ [FILTER_OF[kind]]: id, page: query.page, pageSize: query.pageSize, sort: 'newest' }));
}

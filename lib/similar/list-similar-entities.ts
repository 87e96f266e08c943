// Similar performers or studios: the cosine of their mean video profiles (this user's videos
// only), paged, with the three tokens that contributed most. The entity must be readable:
// the user's own, or on a video they can read — else 404, like a missing one.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { round4 } from './label-tokens';
import { whyOf } from './list-similar-videos';
import { ensureSimilarFresh } from './refresh-similar';
import { selectEntityContributions, selectEntityNames, selectSimilarEntityIds } from './similar.queries';
import { MAX_SIMILAR, type EntityKind, type SimilarEntityPage, type SimilarPageQuery } from './similar.schemas';

export async function listSimilarEntities(user: Actor, kind: EntityKind, entityId: string, query: SimilarPageQuery): Promise<SimilarEntityPage> {
  await requireAccess(user, kind === 'person' ? 'person.read' : 'studio.read', [entityId]);
  await ensureSimilarFresh(user.id);
  const ranked = await selectSimilarEntityIds(user.id, kind, entityId, MAX_SIMILAR);
  const page = ranked.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const ids = page.map((r) => r.id);
  const [names, contributions] = ids.length
    ? await Promise.all([selectEntityNames(user.id, kind, ids), selectEntityContributions(user.id, kind, entityId, ids)])
    : [[], []];
  const byId = new Map(names.map((n) => [n.id, n]));
  const why = await whyOf(contributions);
  return {
    items: page
      .filter((r) => byId.has(r.id))
      .map((r) => {
        const n = byId.get(r.id)!;
        return { entity: { id: n.id, name: n.name, videoCount: n.video_count }, score: round4(Math.min(1, r.score)), why: why.get(r.id) ?? [] };
      }),
    total: ranked.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// Similar videos of one video, for this user: the top MAX_SIMILAR by cosine of their TF-IDF
// vectors (per-user IDF), paged, each with the three tokens that contributed most ("why").
// Never the video itself, a copy of it, or a video the user cannot read.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { labelTokens, round4 } from './label-tokens';
import { ensureSimilarFresh } from './refresh-similar';
import { getVideoCards } from '@/lib/catalogue/get-video-cards';
import { isVideo, selectSimilarVideoIds, selectVideoContributions, type ContributionRow } from './similar.queries';
import { MAX_SIMILAR, type SimilarPageQuery, type SimilarVideoPage, type WhyToken } from './similar.schemas';

/** The contributions of each result, labelled, in order (shared with similar entities). */
export async function whyOf(rows: ContributionRow[]): Promise<Map<string, WhyToken[]>> {
  const labels = await labelTokens(rows.map((r) => r.token));
  const why = new Map<string, WhyToken[]>();
  for (const r of rows) {
    const label = labels.get(r.token)!;
    const item: WhyToken = { ...label, weight: round4(r.weight) };
    if (r.kind === 'inherited') item.inherited = true;
    why.set(r.owner_id, [...(why.get(r.owner_id) ?? []), item]);
  }
  return why;
}

export async function listSimilarVideos(user: Actor, assetId: string, query: SimilarPageQuery): Promise<SimilarVideoPage> {
  await requireAccess(user, 'asset.read', [assetId]);
  if (!(await isVideo(assetId))) throw notFound('No such video.');
  await ensureSimilarFresh(user.id);
  const ranked = await selectSimilarVideoIds(user.id, assetId, MAX_SIMILAR);
  const page = ranked.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const ids = page.map((r) => r.id);
  const [cards, contributions] = ids.length
    ? await Promise.all([getVideoCards(user.id, ids), selectVideoContributions(user.id, assetId, ids)])
    : [[], []];
  const byId = new Map(cards.map((c) => [c.id, c]));
  const why = await whyOf(contributions);
  return {
    items: page
      .filter((r) => byId.has(r.id))
      .map((r) => ({ video: byId.get(r.id)!, score: round4(Math.min(1, r.score)), why: why.get(r.id) ?? [] })),
    total: ranked.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

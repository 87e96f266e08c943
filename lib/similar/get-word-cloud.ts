// The word cloud: the 100 most characteristic tokens (largest summed TF-IDF weight) of the
// user's collection, or of the videos of a performer, a studio (with its sub-studios) and/or
// a tag (own or inherited). An id the user has no video of gives an empty cloud, never 404:
// the answer says nothing about whether it exists.
import type { Actor } from '@/lib/access/access.schemas';
import { labelTokens, round4 } from './label-tokens';
import { ensureSimilarFresh } from './refresh-similar';
import { selectWordCloud } from './similar.queries';
import type { WordCloud, WordCloudQuery } from './similar.schemas';

export async function getWordCloud(user: Actor, query: WordCloudQuery): Promise<WordCloud> {
  await ensureSimilarFresh(user.id);
  const filters = [
    query.performer && `performer:${query.performer}`,
    query.studio && `studio:${query.studio}`,
    query.tag && `tag:${query.tag}`,
  ].filter((t): t is string => Boolean(t));
  const rows = await selectWordCloud(user.id, filters);
  const labels = await labelTokens(rows.map((r) => r.token));
  return {
    words: rows.map((r) => ({ ...labels.get(r.token)!, weight: round4(r.weight) })),
    videos: rows[0]?.videos ?? 0,
  };
}

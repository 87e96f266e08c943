// A video's TF-IDF tokens as this user's IDF weighs them ("a way of seeing tf-idf tokens"):
// each token's kind, tf, df, idf, weight and its component of the normalised vector.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { labelTokens, round4 } from './label-tokens';
import { ensureSimilarFresh } from './refresh-similar';
import { isVideo, selectVideoTokens } from './similar.queries';
import type { VideoTokens } from './similar.schemas';
import type { TokenKind } from './token-weights';

/** idf(t) = ln((1 + N) / (1 + df)) + 1: never zero, so a token every video has still counts a little. */
export const idf = (videos: number, df: number) => Math.log((1 + videos) / (1 + df)) + 1;

export async function listVideoTokens(user: Actor, assetId: string): Promise<VideoTokens> {
  await requireAccess(user, 'asset.read', [assetId]);
  if (!(await isVideo(assetId))) throw notFound('No such video.');
  await ensureSimilarFresh(user.id);
  const rows = await selectVideoTokens(user.id, assetId);
  const labels = await labelTokens(rows.map((r) => r.token));
  return {
    videoId: assetId,
    videos: rows[0]?.videos ?? 0,
    tokens: rows.map((r) => {
      const df = r.df ?? 0;
      const i = idf(r.videos, df);
      return {
        token: r.token,
        kind: r.kind as TokenKind,
        ...labels.get(r.token)!,
        tf: round4(r.tf),
        df,
        idf: round4(i),
        weight: round4(r.raw * i),
        value: round4(r.value ?? 0),
      };
    }),
  };
}

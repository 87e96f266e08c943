// Everything the video page shows of interactions with one video: this user's like, rating,
// favourite, resume point, plays and view time, their markers and finish points, the like count
// across everyone, and everyone's comments.
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { countLikes, findState, listComments, listFinishPoints, listMarkers } from './interactions.queries';
import type { VideoInteractions } from './interactions.schemas';
import { toCommentView } from './comment-view';

export async function getVideoInteractions(user: Actor, askedId: string): Promise<VideoInteractions> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const [state, likeCount, markers, finishPoints, comments] = await Promise.all([
    findState(user.id, assetId),
    countLikes(assetId),
    listMarkers(user.id, assetId),
    listFinishPoints(user.id, assetId),
    listComments(assetId),
  ]);
  return {
    liked: state?.liked_at != null,
    likeCount,
    rating: state?.rating != null ? state.rating / 2 : null,
    favouriteAt: state?.favourite_at?.toISOString() ?? null,
    resumeAt: state?.resume_at ?? null,
    playCount: state?.play_count ?? 0,
    viewSeconds: state?.view_seconds ?? 0,
    lastViewedAt: state?.last_viewed_at?.toISOString() ?? null,
    markers: markers.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    finishPoints: finishPoints.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    comments: comments.map((c) => toCommentView(c, user.id)),
  };
}

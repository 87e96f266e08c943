// Catalogue cards of given videos, in the given order, for other rooms' lists (similar videos):
// one card shape everywhere. The caller has already scoped the ids to what the user may read.
import type { VideoCard } from './catalogue.schemas';
import { toVideoCard } from './video-card';
import { selectVideoCards } from './video-list.queries';

export async function getVideoCards(userId: string, ids: string[]): Promise<VideoCard[]> {
  return (await selectVideoCards(userId, ids)).map(toVideoCard);
}

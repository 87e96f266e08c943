// Search-as-you-type in the top bar: up to five performers, studios, tags and videos each, only
// what this user may see (entities they own or see on a video they can read). It runs on every
// keystroke, so the four lookups go out at once.
import type { Actor } from '@/lib/access/access.schemas';
import type { EntitySuggestion, SuggestQuery, Suggestions } from './search.schemas';
import {
  type EntitySuggestionRow,
  selectPerformerSuggestions,
  selectStudioSuggestions,
  selectTagSuggestions,
  selectVideoSuggestions,
} from './search.queries';

/** The image routes of lib/organise (versioned by the entity's last change). */
const toEntity = (segment: string) => (row: EntitySuggestionRow): EntitySuggestion => ({
  id: row.id,
  name: row.name,
  imageUrl: row.image_key ? `/api/${segment}/${row.id}/image?v=${row.updated_at.getTime()}` : null,
  videoCount: row.video_count,
});

export async function suggestSearch(user: Actor, query: SuggestQuery): Promise<Suggestions> {
  if (query.q.length === 0) return { performers: [], studios: [], tags: [], videos: [] };
  const [performers, studios, tags, videos] = await Promise.all([
    selectPerformerSuggestions(user.id, query.q),
    selectStudioSuggestions(user.id, query.q),
    selectTagSuggestions(user.id, query.q),
    selectVideoSuggestions(user.id, query.q),
  ]);
  return {
    performers: performers.map(toEntity('performers')),
    studios: studios.map(toEntity('studios')),
    tags: tags.map(toEntity('tags')),
    videos: videos.map((v) => ({ id: v.id, title: v.title, thumbnailUrl: v.has_thumb ? `/api/assets/${v.id}/thumbnail` : null })),
  };
}

// The top bar's search-as-you-type: what it asks and what it answers.
import { z } from 'zod';

export const suggestQuerySchema = z.object({
  q: z.string({ error: 'Type something to search for.' }).max(200, 'Search for at most 200 characters.').transform((s) => s.trim()),
});
export type SuggestQuery = z.infer<typeof suggestQuerySchema>;

export interface EntitySuggestion {
  id: string;
  name: string;
  imageUrl: string | null;
  /** Videos this user can see that carry it directly. */
  videoCount: number;
}

export interface Suggestions {
  performers: EntitySuggestion[];
  studios: EntitySuggestion[];
  tags: EntitySuggestion[];
  videos: { id: string; title: string; thumbnailUrl: string | null }[];
}

// A user's saved catalogue searches: a name and the /videos address's query string (what the
// catalogue writes: filters, sort, page size, view). Kept as text so any future filter is kept
// too; the catalogue reads it leniently (a filter it no longer knows is simply dropped).
import { z } from 'zod';

export const MAX_SAVED_SEARCHES = 100;
export const MAX_SAVED_SEARCH_NAME = 80;
const MAX_QUERY = 4000;

export const savedSearchInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the search a name.').max(MAX_SAVED_SEARCH_NAME, `Use at most ${MAX_SAVED_SEARCH_NAME} characters.`),
    query: z
      .string()
      .max(MAX_QUERY, `A saved search keeps at most ${MAX_QUERY} characters.`)
      .refine((q) => !/[\u0000-\u001f#]/.test(q), 'That is not a search of the catalogue.')
      .transform((q) => q.replace(/^\?/, '')),
  })
  .strict();
export type SavedSearchInput = z.infer<typeof savedSearchInputSchema>;

export interface SavedSearchView {
  id: string;
  name: string;
  /** The query string of /videos, without '?'. */
  query: string;
  createdAt: string;
}

// Response schema (the OpenAPI document, lib/api-docs/me.api.ts, checks it against SavedSearchView).
export const savedSearchViewSchema = z.object({ id: z.uuid(), name: z.string(), query: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'SavedSearch' });

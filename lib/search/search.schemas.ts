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

// ---- The one search box (/search, GET /api/search): the query, its filters, and the answer.

/** Comma-separated values of a query parameter (people=a,b), each checked, at most `max`. */
const listOf = (item: z.ZodType<string, string>, max: number, what: string) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(max, `Choose at most ${max} ${what}.`));

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD.').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'No such day.');
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const SEARCH_PAGE_MAX = 200;

export const searchFiltersSchema = z.object({
  type: z.enum(['photo', 'video']).optional(),
  /** Taken on or after this local day. */
  from: isoDay.optional(),
  /** Taken on or before this local day. */
  to: isoDay.optional(),
  people: listOf(z.uuid('A person is an id.'), 20, 'people').optional(),
  /** all: every chosen person is on it; any: at least one. */
  peopleMode: z.enum(['all', 'any']).default('all'),
  /** A camera as the options list names it ("Canon EOS 5D"): make and model. */
  camera: z.string().trim().min(1).max(200).optional(),
  favourite: flag.optional(),
  /** Quality score (0–100) at least this. */
  quality: z.coerce.number().min(0).max(100).optional(),
  /** The dominant colour's name (analyses.color_name). */
  colour: z.string().regex(/^[a-z][a-z -]{0,29}$/, 'A colour is a name like "red".').optional(),
  /** Question keys (analyses.labels), all of which must have passed. */
  questions: listOf(z.string().regex(/^[a-z0-9_]{1,60}$/, 'A question is a key like is_animal.'), 10, 'questions').optional(),
  library: z.uuid('A library is an id.').optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchQuerySchema = searchFiltersSchema
  .extend({
    q: z.string().max(200, 'Search for at most 200 characters.').default('').transform((s) => s.trim()),
    /** "More like this": nearest to this asset's own embedding (the words are then not used). */
    like: z.uuid('"like" is an asset id.').optional(),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    limit: z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(60),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The viewer's previous/next inside a search: the same query, and the asset shown. */
export const searchNeighboursQuerySchema = searchQuerySchema.extend({ id: z.uuid('"id" is an asset id.') });

/** One result, as a tile of the justified grid needs it. */
export interface SearchHit {
  id: string;
  type: 'photo' | 'video';
  /** width / height (1 when unknown). */
  ratio: number;
  fileName: string;
  takenAtLocal: string;
  durationMs: number | null;
  thumbhash: string | null;
  favourite: boolean;
  /** Why it is here: its words (literal), its meaning (semantic), or only the filters. */
  match: 'literal' | 'semantic' | 'filter';
  /** Cosine similarity for semantic matches. */
  similarity: number | null;
}

export type SemanticReason = 'no_words' | 'model_unavailable' | 'no_embedding' | null;

export interface SearchResults {
  items: SearchHit[];
  /** Offset of the next page, or null on the last one. */
  nextOffset: number | null;
  /** Whether meaning (CLIP) took part; when not, `reason` says why. */
  semantic: boolean;
  reason: SemanticReason;
  /** How the box was read: its words and the date it named. */
  understood: { words: string[]; date: string | null };
}

/** What the filter controls offer: only values found on assets the user can read. */
export interface SearchOptions {
  people: { id: string; name: string }[];
  cameras: string[];
  colours: string[];
  questions: string[];
  libraries: { id: string; name: string }[];
}

export interface SearchNeighbours {
  previous: string | null;
  next: string | null;
}

/** The viewer's analysis panel: what ml:analyze found, for an asset the user can read. */
export interface AssetAnalysis {
  palette: { hex: string; share: number }[];
  colourName: string | null;
  quality: number | null;
  qualityParts: Record<string, number> | null;
  /** Questions that passed, with their scores, best first. */
  answers: { key: string; score: number | null }[];
  caption: string | null;
  faces: { id: string; box: { x: number; y: number; w: number; h: number }; personId: string | null; personName: string | null }[];
}

// Response schemas (the OpenAPI document, lib/api-docs/search.api.ts, checks them against the DTOs).

export const searchResultsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        type: z.enum(['photo', 'video']),
        ratio: z.number(),
        fileName: z.string(),
        takenAtLocal: z.string().meta({ description: 'Local wall clock, no zone.' }),
        durationMs: z.number().nullable(),
        thumbhash: z.string().nullable(),
        favourite: z.boolean(),
        match: z.enum(['literal', 'semantic', 'filter']),
        similarity: z.number().nullable(),
      }),
    ),
    nextOffset: z.number().int().nullable(),
    semantic: z.boolean(),
    reason: z.enum(['no_words', 'model_unavailable', 'no_embedding']).nullable(),
    understood: z.object({ words: z.array(z.string()), date: z.string().nullable() }),
  })
  .meta({ id: 'SearchResults' });

export const searchOptionsSchema = z
  .object({
    people: z.array(z.object({ id: z.uuid(), name: z.string() })),
    cameras: z.array(z.string()),
    colours: z.array(z.string()),
    questions: z.array(z.string()),
    libraries: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'SearchOptions' });

const entitySuggestionSchema = z.object({ id: z.uuid(), name: z.string(), imageUrl: z.string().nullable(), videoCount: z.number().int() });

export const suggestionsSchema = z
  .object({
    performers: z.array(entitySuggestionSchema),
    studios: z.array(entitySuggestionSchema),
    tags: z.array(entitySuggestionSchema),
    videos: z.array(z.object({ id: z.uuid(), title: z.string(), thumbnailUrl: z.string().nullable() })),
  })
  .meta({ id: 'Suggestions' });

export const assetAnalysisSchema = z
  .object({
    palette: z.array(z.object({ hex: z.string().meta({ description: '#rrggbb' }), share: z.number() })),
    colourName: z.string().nullable(),
    quality: z.number().nullable(),
    qualityParts: z.record(z.string(), z.number()).nullable(),
    answers: z.array(z.object({ key: z.string(), score: z.number().nullable() })).meta({ description: 'Questions that passed, with their scores, best first.' }),
    caption: z.string().nullable(),
    faces: z.array(
      z.object({
        id: z.uuid(),
        box: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }),
        personId: z.uuid().nullable().meta({ description: 'Only when the person is named.' }),
        personName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AssetAnalysis' });

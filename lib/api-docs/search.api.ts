// Search: the one search box, its filter options, suggestions as one types, the viewer's arrows
// inside results, and what analysis found on an asset ("more like this", palette, faces).
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { assetAnalysisSchema, searchNeighboursQuerySchema, searchOptionsSchema, searchQuerySchema, searchResultsSchema, suggestionsSchema, suggestQuerySchema, type AssetAnalysis, type SearchOptions, type SearchResults, type Suggestions } from '@/lib/search/search.schemas';
import { z } from 'zod';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const analysisDocumented: Documents<typeof assetAnalysisSchema, AssetAnalysis> = true;
const resultsDocumented: Documents<typeof searchResultsSchema, SearchResults> = true;
const optionsDocumented: Documents<typeof searchOptionsSchema, SearchOptions> = true;
const suggestionsDocumented: Documents<typeof suggestionsSchema, Suggestions> = true;
void [analysisDocumented, resultsDocumented, optionsDocumented, suggestionsDocumented];

export const searchRoutes: ApiRoutes = {
  search: {
    GET: {
      summary: 'Search: literal matches first, then by meaning (CLIP), with filters; pages of at most 200',
      description: 'When meaning cannot take part, `semantic` is false and `reason` says why.',
      access: 'user',
      query: searchQuerySchema,
      answers: { 200: json('A page of results.', searchResultsSchema) },
    },
  },
  'search/options': { GET: { summary: 'The filter controls’ values found on what the user can search', access: 'user', answers: { 200: json('The values.', searchOptionsSchema) } } },
  'search/suggest': { GET: { summary: 'Up to five performers, studios, tags and videos close to what was typed (typo-tolerant)', access: 'user', query: suggestQuerySchema, answers: { 200: json('The suggestions.', suggestionsSchema) } } },
  'search/neighbours': {
    GET: { summary: 'The results before and after an asset in a search, for the viewer’s arrows', access: 'user', query: searchNeighboursQuerySchema, answers: { 200: json('Their ids.', z.object({ previous: z.uuid().nullable(), next: z.uuid().nullable() })) } },
  },
  'assets/[id]/similar': { GET: { summary: '"More like this": the nearest assets by CLIP embedding, readable ones only', access: 'user', path: assetIdParamsSchema, answers: { 200: json('The similar assets (at most 12), as search results.', searchResultsSchema) } } },
  'assets/[id]/analysis': { GET: { summary: 'What analysis found: palette, quality, answers, caption, faces with names', access: 'user', path: assetIdParamsSchema, answers: { 200: json('The analysis.', assetAnalysisSchema) } } },
};

// Inputs (zod) and answers of "similar" (lib/similar): similar videos, performers and studios
// with the tokens that made them similar, a video's tokens, and the word cloud.
import { z } from 'zod';
import { videoCardSchema, type VideoCard } from '@/lib/catalogue/catalogue.schemas';
import { TOKEN_KINDS, type TokenKind, type TokenType } from './token-weights';

/** At most this many similar items are ranked: past the first hundred it is noise. */
export const MAX_SIMILAR = 100;

export const similarPageSchema = z.object({
  page: z.coerce.number({ error: 'Give a page number from 1.' }).int('Give a whole page number.').min(1, 'Pages start at 1.').max(MAX_SIMILAR, 'There are at most 100 similar items.').default(1),
  pageSize: z.coerce.number({ error: 'Give a page size from 1 to 50.' }).int('Give a whole page size.').min(1, 'Give a page size from 1 to 50.').max(50, 'Give a page size from 1 to 50.').default(20),
});
export type SimilarPageQuery = z.infer<typeof similarPageSchema>;

const optionalId = (what: string) => z.uuid({ error: `Give a ${what} id.` }).optional();
export const wordCloudQuerySchema = z.object({
  performer: optionalId('performer'),
  studio: optionalId('studio'),
  tag: optionalId('tag'),
});
export type WordCloudQuery = z.infer<typeof wordCloudQuerySchema>;

/** One token that contributed to a score: `weight` is its part of the score (they sum to it). */
export interface WhyToken {
  type: TokenType;
  label: string;
  /** The performer's, tag's or studio's id; absent for words and cast. */
  id?: string;
  weight: number;
  /** A tag the video has through its performers, not its own. */
  inherited?: true;
}

export interface SimilarVideo {
  video: VideoCard;
  /** Cosine of the two TF-IDF vectors, 0–1. */
  score: number;
  /** The (up to) three tokens that contributed most. */
  why: WhyToken[];
}

export interface SimilarVideoPage {
  items: SimilarVideo[];
  /** How many similar videos there are (at most MAX_SIMILAR). */
  total: number;
  page: number;
  pageSize: number;
}

export type EntityKind = 'person' | 'studio';

export interface SimilarEntity {
  entity: { id: string; name: string; videoCount: number };
  score: number;
  why: WhyToken[];
}

export interface SimilarEntityPage {
  items: SimilarEntity[];
  total: number;
  page: number;
  pageSize: number;
}

export interface VideoToken {
  token: string;
  type: TokenType;
  /** Where it came from: tag, inherited, performer, studio, studio_parent, cast, title, folder. */
  kind: TokenKind;
  label: string;
  id?: string;
  /** 1 + ln(occurrences). */
  tf: number;
  /** Videos this user can see that have the token. */
  df: number;
  /** ln((1 + N) / (1 + df)) + 1. */
  idf: number;
  /** The kind's weight × tf × idf, before normalising. */
  weight: number;
  /** Its component of the L2-normalised vector (the squares sum to 1). */
  value: number;
}

export interface VideoTokens {
  videoId: string;
  /** N: the videos this user's IDF counts (one per file). */
  videos: number;
  tokens: VideoToken[];
}

export interface WordCloudWord {
  label: string;
  type: TokenType;
  id?: string;
  weight: number;
}

export interface WordCloud {
  words: WordCloudWord[];
  /** Videos the cloud was made from. */
  videos: number;
}

// What /admin shows of the similar index (get-similar-status.ts's SimilarStatus).
export const similarStatusSchema = z
  .object({
    users: z.number().int(),
    videos: z.number().int().meta({ description: 'The largest collection a user’s IDF counts.' }),
    lastRebuiltAt: z.iso.datetime().nullable(),
    waiting: z.number().int().meta({ description: 'Videos whose metadata changed, waiting for the next answer or the minute job.' }),
    rebuild: z.object({ state: z.enum(['running', 'queued']), since: z.iso.datetime().nullable(), lastError: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'SimilarStatus' });

// Response schemas (the OpenAPI document, lib/api-docs/videos.api.ts and organise.api.ts, checks them against the DTOs).

const tokenTypeSchema = z.enum(['performer', 'tag', 'studio', 'cast', 'title', 'folder'] satisfies TokenType[]);
const entityIdSchema = z.uuid().optional().meta({ description: 'The performer’s, tag’s or studio’s id; absent for words and cast.' });

const whyTokenSchema = z
  .object({
    type: tokenTypeSchema,
    label: z.string(),
    id: entityIdSchema,
    weight: z.number().meta({ description: 'Its part of the score (the parts sum to it).' }),
    inherited: z.literal(true).optional().meta({ description: 'A tag the video has through its performers, not its own.' }),
  })
  .meta({ id: 'WhyToken' });

const pageFields = { total: z.number().int().meta({ description: 'How many similar ones there are (at most 100).' }), page: z.number().int(), pageSize: z.number().int() };

export const similarVideoPageSchema = z
  .object({ items: z.array(z.object({ video: videoCardSchema, score: z.number().meta({ description: 'Cosine of the two TF-IDF vectors, 0–1.' }), why: z.array(whyTokenSchema) })), ...pageFields })
  .meta({ id: 'SimilarVideoPage' });

export const similarEntityPageSchema = z
  .object({ items: z.array(z.object({ entity: z.object({ id: z.uuid(), name: z.string(), videoCount: z.number().int() }), score: z.number(), why: z.array(whyTokenSchema) })), ...pageFields })
  .meta({ id: 'SimilarEntityPage' });

export const videoTokensSchema = z
  .object({
    videoId: z.uuid(),
    videos: z.number().int().meta({ description: 'N: the videos this user’s IDF counts (one per file).' }),
    tokens: z.array(
      z.object({
        token: z.string(),
        type: tokenTypeSchema,
        kind: z.enum(TOKEN_KINDS),
        label: z.string(),
        id: entityIdSchema,
        tf: z.number(),
        df: z.number().int(),
        idf: z.number(),
        weight: z.number(),
        value: z.number().meta({ description: 'Its component of the L2-normalised vector.' }),
      }),
    ),
  })
  .meta({ id: 'VideoTokens' });

export const wordCloudSchema = z
  .object({ words: z.array(z.object({ label: z.string(), type: tokenTypeSchema, id: entityIdSchema, weight: z.number() })), videos: z.number().int() })
  .meta({ id: 'WordCloud' });

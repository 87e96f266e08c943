// Inputs (zod) and answers of organising videos: performers (people), studios and tags, their
// pages and cards, and a video's links to them. The three kinds share one shape (name, aliases,
// description, image); each adds its own links (a studio's parent, a tag's parents, a
// performer's tags).
import { z } from 'zod';

export const ENTITY_KINDS = ['person', 'studio', 'tag'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What a person reads in messages, per kind. */
export const KIND_WORDS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'performer', many: 'performers' },
  studio: { one: 'studio', many: 'studios' },
  tag: { one: 'tag', many: 'tags' },
};

export const MAX_NAME = 200;
export const MAX_ALIASES = 50;
export const MAX_DESCRIPTION = 10_000;
/** Links one request may add or remove (a performer's tags, a tag's parents, a video's tags). */
export const MAX_LINK_IDS = 500;
export const MAX_BULK_VIDEOS = 5000;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Stored images are at most this many pixels on their long side. */
export const IMAGE_MAX_SIDE = 600;

const name = z.string({ error: 'Give a name.' }).trim().min(1, 'Give a name.').max(MAX_NAME, `Keep names to ${MAX_NAME} characters.`);

/** Aliases trimmed, blank ones dropped, and deduplicated whatever their case (the first spelling kept). */
export function normaliseAliases(aliases: readonly string[], exceptName?: string): string[] {
  const seen = new Set<string>(exceptName ? [exceptName.trim().toLowerCase()] : []);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const key = alias.toLowerCase();
    if (alias === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

const aliases = z
  .array(z.string().max(MAX_NAME, `Keep aliases to ${MAX_NAME} characters.`), { error: 'Give aliases as a list of names.' })
  .max(MAX_ALIASES * 4, `Give at most ${MAX_ALIASES} aliases.`)
  .transform((list) => normaliseAliases(list))
  .refine((list) => list.length <= MAX_ALIASES, `Give at most ${MAX_ALIASES} aliases.`);
const description = z.string().max(MAX_DESCRIPTION, `Keep the description to ${MAX_DESCRIPTION} characters.`).nullable();
const ids = (what: string) => z.array(z.uuid(`Each ${what} is an id.`), { error: `Give ${what}s as a list of ids.` }).max(MAX_LINK_IDS, `At most ${MAX_LINK_IDS} ${what}s at once.`);

export const entityCreateSchema = z
  .object({
    name,
    aliases: aliases.default([]),
    description: description.optional(),
    /** Studios: the parent studio. */
    parentId: z.uuid('The parent is an id.').nullable().optional(),
    /** Tags: the parent tags. */
    parentIds: ids('parent').optional(),
    /** Performers: their tags (their videos inherit them). */
    tagIds: ids('tag').optional(),
  })
  .strict();
export type EntityCreate = z.infer<typeof entityCreateSchema>;

export const entityUpdateSchema = z
  .object({
    name: name.optional(),
    aliases: aliases.optional(),
    description: description.optional(),
    parentId: z.uuid('The parent is an id.').nullable().optional(),
    parentIds: ids('parent').optional(),
    tagIds: ids('tag').optional(),
  })
  .strict();
export type EntityUpdate = z.infer<typeof entityUpdateSchema>;

export const mergeSchema = z
  .object({ sourceIds: z.array(z.uuid('Each source is an id.')).min(1, 'Choose at least one to merge.').max(MAX_LINK_IDS) })
  .strict();

export const ENTITY_SORTS = ['name', 'videos', 'duration', 'rating', 'added'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];
export const ENTITY_PAGE_SIZES = [12, 24, 48, 96] as const;

export const entityListQuerySchema = z.object({
  q: z.string().trim().max(MAX_NAME, 'Search for at most 200 characters.').optional(),
  sort: z.enum(ENTITY_SORTS, { error: 'Sort by name, videos, duration, rating or added.' }).default('name'),
  page: z.coerce.number({ error: 'Give a page number from 1.' }).int('Give a whole page number.').min(1, 'Pages start at 1.').max(1_000_000).default(1),
  pageSize: z.coerce.number().pipe(z.literal(ENTITY_PAGE_SIZES, { error: 'Choose 12, 24, 48 or 96 a page.' })).default(48),
});
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;

/** One card of a catalogue page of performers, studios or tags. */
export interface EntityCard {
  id: string;
  name: string;
  aliases: string[];
  imageUrl: string | null;
  /** Videos linked to it that the asking user can see (a tag: with its descendants' and its performers'; a studio: with its children's). */
  videoCount: number;
  totalDurationMs: number;
  /** The asking user's average rating (0.5–5) of those videos they rated, or null. */
  averageRating: number | null;
  addedAt: string;
}

export interface EntityPage {
  items: EntityCard[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface EntityDetails extends EntityCard {
  kind: EntityKind;
  description: string | null;
  /** The asking user owns it (may edit, merge, delete, link). */
  mine: boolean;
  /** Studio: its parent; null otherwise. */
  parent: EntityRef | null;
  /** Tag: its parents; studio/tag: its children. */
  parents: EntityRef[];
  children: EntityRef[];
  /** Performer: their own tags. */
  tags: EntityRef[];
}

export const entityVideosQuerySchema = z.object({
  page: entityListQuerySchema.shape.page,
  pageSize: z.coerce.number().pipe(z.literal([12, 24, 48, 96], { error: 'Choose 12, 24, 48 or 96 videos a page.' })).default(24),
});
export type EntityVideosQuery = z.infer<typeof entityVideosQuerySchema>;

export const imageFromFrameSchema = z
  .object({ assetId: z.uuid('Choose one of the videos.'), seconds: z.number({ error: 'Give a time in seconds.' }).min(0, 'Times start at 0.').max(1e7) })
  .strict();

// ── A video's links ──────────────────────────────────────────────────────────────────────

export type CastTag = 'solo' | 'duo' | 'group';

/** The cast-size tag of a video with this many performers: 1 solo, 2 duo, 3+ group, none with 0. */
export function castTagOf(performers: number): CastTag | null {
  if (performers <= 0) return null;
  return performers === 1 ? 'solo' : performers === 2 ? 'duo' : 'group';
}

export interface VideoOrganise {
  performers: { id: string; name: string; role: string | null; source: string; imageUrl: string | null }[];
  studio: { id: string; name: string; parent: EntityRef | null } | null;
  tags: { id: string; name: string; source: string }[];
  /** Tags of the video's performers that are not its own: shown as inherited, never stored per video. */
  inheritedTags: { id: string; name: string; from: string[] }[];
  castTag: CastTag | null;
  releaseDate: string | null;
  organised: boolean;
  /** The asking user owns the video (may change these). */
  editable: boolean;
}

const nameList = (what: string) => z.array(name, { error: `Give ${what} names as a list.` }).max(MAX_LINK_IDS);
const releaseDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the release date as YYYY-MM-DD.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && d.getUTCFullYear() >= 1800 && d.getUTCFullYear() <= 2200;
  }, 'That date does not exist.')
  .nullable();

/** Changes to one video's links. `*Names` create the user's performer/tag/studio when no name or alias matches. */
export const videoOrganisePatchSchema = z
  .object({
    addPerformerIds: ids('performer').default([]),
    removePerformerIds: ids('performer').default([]),
    addPerformerNames: nameList('performer').default([]),
    addTagIds: ids('tag').default([]),
    removeTagIds: ids('tag').default([]),
    addTagNames: nameList('tag').default([]),
    studioId: z.uuid('The studio is an id.').nullable().optional(),
    studioName: name.optional(),
    releaseDate: releaseDate.optional(),
    organised: z.boolean({ error: 'Organised is true or false.' }).optional(),
  })
  .strict()
  .refine((v) => !(v.studioId !== undefined && v.studioName !== undefined), { message: 'Give the studio by id or by name, not both.', path: ['studioName'] });
export type VideoOrganisePatch = z.infer<typeof videoOrganisePatchSchema>;

export const bulkOrganiseSchema = z
  .object({
    ids: z.array(z.uuid('Each video is an id.')).min(1, 'Choose at least one video.').max(MAX_BULK_VIDEOS, `At most ${MAX_BULK_VIDEOS} videos at once.`),
    addTagIds: ids('tag').default([]),
    removeTagIds: ids('tag').default([]),
    addPerformerIds: ids('performer').default([]),
    removePerformerIds: ids('performer').default([]),
    studioId: z.uuid('The studio is an id.').nullable().optional(),
    organised: z.boolean().optional(),
  })
  .strict();
export type BulkOrganise = z.infer<typeof bulkOrganiseSchema>;

// Response schemas (the OpenAPI document, lib/api-docs/organise.api.ts, checks them against the DTOs).

const entityRefSchema = z.object({ id: z.uuid(), name: z.string() });

const entityCardShape = {
  id: z.uuid(),
  name: z.string(),
  aliases: z.array(z.string()),
  imageUrl: z.string().nullable(),
  videoCount: z.number().int(),
  totalDurationMs: z.number(),
  averageRating: z.number().nullable(),
  addedAt: z.iso.datetime(),
};

export const entityCardSchema = z.object(entityCardShape).meta({ id: 'EntityCard', description: 'A performer, studio or tag as a card.' });

export const entityPageSchema = z.object({ items: z.array(entityCardSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }).meta({ id: 'EntityPage' });

export const entityDetailsSchema = z
  .object({
    ...entityCardShape,
    kind: z.enum(ENTITY_KINDS),
    description: z.string().nullable(),
    mine: z.boolean(),
    parent: entityRefSchema.nullable(),
    parents: z.array(entityRefSchema),
    children: z.array(entityRefSchema),
    tags: z.array(entityRefSchema),
  })
  .meta({ id: 'EntityDetails' });

export const videoOrganiseSchema = z
  .object({
    performers: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string().nullable(), source: z.string(), imageUrl: z.string().nullable() })),
    studio: z.object({ id: z.uuid(), name: z.string(), parent: entityRefSchema.nullable() }).nullable(),
    tags: z.array(z.object({ id: z.uuid(), name: z.string(), source: z.string() })),
    inheritedTags: z.array(z.object({ id: z.uuid(), name: z.string(), from: z.array(z.string()) })).meta({ description: 'Tags of the video’s performers that are not its own.' }),
    castTag: z.enum(['solo', 'duo', 'group']).nullable(),
    releaseDate: z.string().nullable().meta({ description: 'YYYY-MM-DD.' }),
    organised: z.boolean(),
    editable: z.boolean().meta({ description: 'The asking user owns the video (may change these).' }),
  })
  .meta({ id: 'VideoOrganise' });

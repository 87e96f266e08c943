// Albums: a user's own collection of photos and videos from anything they can read, shared with
// household members as viewer or contributor (docs/albums.md). Inputs (zod), DTOs and the
// response schemas the OpenAPI document checks against them (lib/api-docs/albums.api.ts).
import { z } from 'zod';
import { AlbumOrder } from '@/lib/server/generated/prisma/enums';

/** Items one request may add or remove (a whole year of a household fits). */
export const MAX_ALBUM_ITEMS_PER_REQUEST = 5000;
export const MAX_ALBUM_PAGE = 1000;

const title = z.string().trim().min(1, 'Give the album a title.').max(200, 'Keep the title under 200 characters.');
const description = z.string().trim().max(2000, 'Keep the description under 2,000 characters.');
const assetIds = z.array(z.uuid()).min(1, 'Choose at least one photo or video.').max(MAX_ALBUM_ITEMS_PER_REQUEST, `At most ${MAX_ALBUM_ITEMS_PER_REQUEST} items at a time.`);

export const albumOrderSchema = z.enum(AlbumOrder);

export const albumCreateSchema = z
  .object({
    title,
    description: description.optional(),
    /** Items to put in it straight away ("Add to album" → "New album…"). */
    assetIds: assetIds.optional(),
  })
  .strict();
export type AlbumCreate = z.infer<typeof albumCreateSchema>;

export const albumUpdateSchema = z
  .object({
    title: title.optional(),
    description: description.nullable().optional(),
    sortOrder: albumOrderSchema.optional(),
    /** One of the album's items, or null for the default (its first item in the album's order). */
    coverAssetId: z.uuid().nullable().optional(),
  })
  .strict();
export type AlbumUpdate = z.infer<typeof albumUpdateSchema>;

export const albumItemsInputSchema = z.object({ assetIds }).strict();

export const albumMoveSchema = z
  .object({
    assetId: z.uuid(),
    /** Put it just before this item, or just after it (exactly one of the two). */
    before: z.uuid().optional(),
    after: z.uuid().optional(),
  })
  .strict()
  .refine((m) => (m.before === undefined) !== (m.after === undefined), { path: ['before'], message: 'Say either before or after which item.' });
export type AlbumMove = z.infer<typeof albumMoveSchema>;

export const albumItemsQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_ALBUM_PAGE).default(500),
});
export type AlbumItemsQuery = z.infer<typeof albumItemsQuerySchema>;

export const albumNeighboursQuerySchema = z.object({ assetId: z.uuid() });

/** What the user is to this album. */
export type AlbumRoleOfUser = 'owner' | 'contributor' | 'viewer';

export interface AlbumView {
  id: string;
  title: string;
  description: string | null;
  owner: { id: string; name: string };
  role: AlbumRoleOfUser;
  sortOrder: AlbumOrder;
  /** Items this user sees (another member's trashed photos are not counted). */
  itemCount: number;
  /** The chosen cover, else the first item in the album's order; null for an empty album. */
  coverAssetId: string | null;
  coverUrl: string | null;
  /** Whether the owner chose the cover (else it is the first item). */
  coverChosen: boolean;
  /** Local wall-clock dates (YYYY-MM-DD) of the oldest and newest item; null when empty. */
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AlbumList {
  albums: AlbumView[];
}

/**
 * A page of an album's items in its order, columnar like a timeline month: index i of every
 * array is the same item. type: 'p' photo / 'v' video per item; removable: '1' when this user
 * may take the item out (the owner: every item; a contributor: the ones they added); trashed:
 * '1' for an item in its owner's trash (only its owner sees those).
 */
export interface AlbumItemsPage {
  total: number;
  offset: number;
  id: string[];
  ratio: number[];
  takenAtLocal: string[];
  type: string;
  durationMs: (number | null)[];
  thumbhash: (string | null)[];
  fileName: string[];
  removable: string;
  trashed: string;
}

export interface AlbumNeighbours {
  previous: string | null;
  next: string | null;
}

export interface AlbumItemsChange {
  /** How many rows this request added or removed (0 when all were already there / gone). */
  changed: number;
  itemCount: number;
}

// Response schemas.

export const albumViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    role: z.enum(['owner', 'contributor', 'viewer']),
    sortOrder: albumOrderSchema,
    itemCount: z.number().int(),
    coverAssetId: z.uuid().nullable(),
    coverUrl: z.string().nullable(),
    coverChosen: z.boolean(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Album' });

export const albumListSchema = z.object({ albums: z.array(albumViewSchema) }).meta({ id: 'AlbumList' });

export const albumItemsPageSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    id: z.array(z.uuid()),
    ratio: z.array(z.number()),
    takenAtLocal: z.array(z.string()),
    type: z.string().meta({ description: "One character per item: 'p' photo, 'v' video." }),
    durationMs: z.array(z.number().nullable()),
    thumbhash: z.array(z.string().nullable()),
    fileName: z.array(z.string()),
    removable: z.string().meta({ description: "One character per item: '1' when this user may remove it." }),
    trashed: z.string().meta({ description: "One character per item: '1' when it is in its owner's trash." }),
  })
  .meta({ id: 'AlbumItemsPage' });

export const albumNeighboursSchema = z.object({ previous: z.uuid().nullable(), next: z.uuid().nullable() });

export const albumItemsChangeSchema = z.object({ changed: z.number().int(), itemCount: z.number().int() });

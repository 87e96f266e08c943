// Album sharing: the household users an album's owner shares it with (viewer or contributor),
// and the activity on it (likes, comments, who added what), Immich-style. What comes in is
// parsed here; what goes out is an explicit DTO with a response schema beside it (the OpenAPI
// document, lib/api-docs/album-sharing.api.ts, checks the two against each other).
import { z } from 'zod';
import { AlbumRole } from '@/lib/server/generated/prisma/enums';

/** Longest comment, in characters (after trimming). */
export const MAX_COMMENT_LENGTH = 2000;
/** Adds by one person less than this far apart are one "Anna added 12 items" entry. */
export const ADD_GROUP_GAP_MINUTES = 5;
/** Items named in one "added" entry (the rest is its count). */
export const ADDED_PREVIEW_ITEMS = 6;
export const ACTIVITY_PAGE_SIZE = 30;

export const albumMemberParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });

export const inviteMemberSchema = z
  .object({
    userId: z.uuid('Choose someone to share with.'),
    role: z.enum(AlbumRole, { error: 'Choose viewer or contributor.' }).default('viewer'),
  })
  .strict();
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ role: z.enum(AlbumRole, { error: 'Choose viewer or contributor.' }) }).strict();

/** An item of the album (its activity), or none: the album itself. */
const aboutSchema = z.uuid('Not an item of this album.').nullable().optional();

export const commentInputSchema = z
  .object({
    body: z.string().trim().min(1, 'Write something first.').max(MAX_COMMENT_LENGTH, `Keep it under ${MAX_COMMENT_LENGTH} characters.`),
    assetId: aboutSchema,
  })
  .strict();
export type CommentInput = z.infer<typeof commentInputSchema>;

/** Sets (not flips) the like, so parallel clicks cannot disagree with the database. */
export const likeInputSchema = z.object({ liked: z.boolean(), assetId: aboutSchema }).strict();
export type LikeInput = z.infer<typeof likeInputSchema>;

export const activityQuerySchema = z
  .object({
    assetId: z.uuid('Not an item of this album.').optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(ACTIVITY_PAGE_SIZE),
  })
  .strict();
export type ActivityQuery = z.infer<typeof activityQuerySchema>;

export const countsQuerySchema = z.object({ assetId: z.uuid('Not an item of this album.').optional() }).strict();

// What goes out.

export interface AlbumPerson {
  id: string;
  name: string;
}

/** The asker's place in the album: its owner or a member's role. */
export type AlbumPlace = 'owner' | AlbumRole;

export interface AlbumMemberView extends AlbumPerson {
  role: AlbumRole;
  since: string;
}

export interface AlbumSharing {
  album: { id: string; title: string; owner: AlbumPerson };
  myRole: AlbumPlace;
  members: AlbumMemberView[];
}

export interface HouseholdPeople {
  /** Active accounts other than the asker, by name (no e-mail addresses: see list-household-people.ts). */
  people: AlbumPerson[];
}

export interface CommentEntry {
  kind: 'comment';
  id: string;
  /** null: about the album itself. */
  assetId: string | null;
  user: AlbumPerson;
  body: string;
  createdAt: string;
  /** The asker wrote it or owns the album. */
  canDelete: boolean;
}

export interface LikeEntry {
  kind: 'like';
  id: string;
  assetId: string | null;
  user: AlbumPerson;
  createdAt: string;
}

export interface AddedEntry {
  kind: 'added';
  id: string;
  /** null when the account that added them is gone. */
  user: AlbumPerson | null;
  count: number;
  /** The newest few of the items added (at most ADDED_PREVIEW_ITEMS). */
  assetIds: string[];
  /** The first and last add of the group. */
  since: string;
  createdAt: string;
}

export type ActivityEntry = CommentEntry | LikeEntry | AddedEntry;

export interface ActivityPage {
  entries: ActivityEntry[];
  /** Pass as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

export interface ActivityCounts {
  likes: number;
  comments: number;
  likedByMe: boolean;
}

export interface AlbumActivityCounts {
  album: ActivityCounts;
  /** Items with any like or comment (all others have none); with `assetId`, exactly that item. */
  items: (ActivityCounts & { assetId: string })[];
}

export interface LikeState {
  assetId: string | null;
  liked: boolean;
  likes: number;
}

// Response schemas.

const personSchema = z.object({ id: z.uuid(), name: z.string() });

export const albumSharingSchema = z
  .object({
    album: z.object({ id: z.uuid(), title: z.string(), owner: personSchema }),
    myRole: z.enum(['owner', ...Object.values(AlbumRole)] as ['owner', ...AlbumRole[]]),
    members: z.array(personSchema.extend({ role: z.enum(AlbumRole), since: z.iso.datetime() })),
  })
  .meta({ id: 'AlbumSharing' });

export const householdPeopleSchema = z.object({ people: z.array(personSchema) }).meta({ id: 'HouseholdPeople' });

export const commentEntrySchema = z
  .object({
    kind: z.literal('comment'),
    id: z.uuid(),
    assetId: z.uuid().nullable(),
    user: personSchema,
    body: z.string(),
    createdAt: z.iso.datetime(),
    canDelete: z.boolean(),
  })
  .meta({ id: 'AlbumComment' });

const likeEntrySchema = z.object({ kind: z.literal('like'), id: z.uuid(), assetId: z.uuid().nullable(), user: personSchema, createdAt: z.iso.datetime() });

const addedEntrySchema = z.object({
  kind: z.literal('added'),
  id: z.string(),
  user: personSchema.nullable(),
  count: z.number().int(),
  assetIds: z.array(z.uuid()),
  since: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

export const activityPageSchema = z
  .object({ entries: z.array(z.discriminatedUnion('kind', [commentEntrySchema, likeEntrySchema, addedEntrySchema])), nextCursor: z.string().nullable() })
  .meta({ id: 'AlbumActivityPage' });

const countsSchema = z.object({ likes: z.number().int(), comments: z.number().int(), likedByMe: z.boolean() });

export const albumActivityCountsSchema = z
  .object({ album: countsSchema, items: z.array(countsSchema.extend({ assetId: z.uuid() })) })
  .meta({ id: 'AlbumActivityCounts' });

export const likeStateSchema = z.object({ assetId: z.uuid().nullable(), liked: z.boolean(), likes: z.number().int() }).meta({ id: 'AlbumLikeState' });

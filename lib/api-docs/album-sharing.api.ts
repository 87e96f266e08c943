// Album sharing: the household users an album is shared with (viewer or contributor), the
// people its owner can pick from, and the activity on it (likes, comments, who added what).
import {
  activityPageSchema, activityQuerySchema, albumActivityCountsSchema, albumMemberParamsSchema, albumSharingSchema, changeRoleSchema, commentEntrySchema, commentInputSchema,
  countsQuerySchema, householdPeopleSchema, inviteMemberSchema, likeInputSchema, likeStateSchema,
  type ActivityPage, type AlbumActivityCounts, type AlbumSharing, type CommentEntry, type HouseholdPeople, type LikeState,
} from '@/lib/album-sharing/album-sharing.schemas';
import { z } from 'zod';
import type { Documents } from './documents';
import { type ApiRoutes, json, noContent } from './operation';

const sharingDocumented: Documents<typeof albumSharingSchema, AlbumSharing> = true;
const peopleDocumented: Documents<typeof householdPeopleSchema, HouseholdPeople> = true;
const pageDocumented: Documents<typeof activityPageSchema, ActivityPage> = true;
const commentDocumented: Documents<typeof commentEntrySchema, CommentEntry> = true;
const countsDocumented: Documents<typeof albumActivityCountsSchema, AlbumActivityCounts> = true;
const likeDocumented: Documents<typeof likeStateSchema, LikeState> = true;
void [sharingDocumented, peopleDocumented, pageDocumented, commentDocumented, countsDocumented, likeDocumented];

const albumParams = z.object({ id: z.uuid() });
const commentParams = z.object({ id: z.uuid(), commentId: z.uuid() });

export const albumSharingRoutes: ApiRoutes = {
  'albums/[id]/members': {
    GET: { summary: 'The album’s owner and members by name, and my place in it', access: 'user', path: albumParams, answers: { 200: json('Who has the album.', albumSharingSchema) } },
    POST: {
      summary: 'Share the album with one more person, as viewer or contributor (the owner)',
      description: 'Inviting someone who is already a member changes nothing (their role stays; change it with PATCH). Nobody is mailed.',
      access: 'user',
      path: albumParams,
      body: inviteMemberSchema,
      answers: { 200: json('Who has the album now.', albumSharingSchema) },
    },
  },
  'albums/[id]/members/[userId]': {
    PATCH: { summary: 'Make a member a viewer or a contributor (the owner)', access: 'user', path: albumMemberParamsSchema, body: changeRoleSchema, answers: { 200: json('Who has the album now.', albumSharingSchema) } },
    DELETE: { summary: 'Take the album away from a member (the owner), or leave it (my own id)', access: 'user', path: albumMemberParamsSchema, answers: { 204: noContent('Gone: their next request for the album or its items is a 404.') } },
  },
  'albums/[id]/activity': {
    GET: {
      summary: 'Likes, comments and “added N items” entries of the album or one item, newest first',
      access: 'user',
      path: albumParams,
      query: activityQuerySchema,
      answers: { 200: json('A page of the feed; nextCursor asks for the older one.', activityPageSchema) },
    },
  },
  'albums/[id]/activity/counts': {
    GET: { summary: 'Likes and comments on the album and per item, and which I liked', access: 'user', path: albumParams, query: countsQuerySchema, answers: { 200: json('The counts.', albumActivityCountsSchema) } },
  },
  'albums/[id]/activity/comments': {
    POST: { summary: 'Comment on the album or one of its items (plain text, 1–2000 characters)', access: 'user', path: albumParams, body: commentInputSchema, answers: { 201: json('The comment.', commentEntrySchema) } },
  },
  'albums/[id]/activity/comments/[commentId]': {
    DELETE: { summary: 'Delete my comment, or any comment of my album', access: 'user', path: commentParams, answers: { 204: noContent('Deleted.') } },
  },
  'albums/[id]/activity/like': {
    PUT: { summary: 'Like or unlike the album or one of its items (sets the state: repeated clicks are safe)', access: 'user', path: albumParams, body: likeInputSchema, answers: { 200: json('My like and the count now.', likeStateSchema) } },
  },
  'users/household': {
    GET: { summary: 'The people I could share an album with: active accounts but mine, by id and name', access: 'user', answers: { 200: json('The people.', householdPeopleSchema) } },
  },
};

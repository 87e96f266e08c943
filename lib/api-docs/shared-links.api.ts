// Shared links: the owner's (make, list, edit, revoke, delete) and the link holder's, who has
// no account (the token in the address is the credential; answers carry noindex/no-referrer).
import { z } from 'zod';
import type { createSharedLink } from '@/lib/shared-links/create-shared-link';
import type { getLinkContent } from '@/lib/shared-links/get-link-content';
import type { listMySharedLinks } from '@/lib/shared-links/list-my-shared-links';
import {
  createdSharedLinkSchema,
  createSharedLinkSchema,
  linkAssetParamsSchema,
  linkContentSchema,
  linkTokenParamsSchema,
  sharedLinkIdParamsSchema,
  sharedLinkViewSchema,
  unlockLinkSchema,
  updateSharedLinkSchema,
} from '@/lib/shared-links/shared-links.schemas';
import { okResponseSchema } from './api-docs.schemas';
import { rangedFile } from './assets.api';
import type { Documents } from './documents';
import { type ApiRoutes, json, media, noContent } from './operation';

const linksSchema = z.object({ links: z.array(sharedLinkViewSchema) });
const listDocumented: Documents<typeof linksSchema.shape.links, Awaited<ReturnType<typeof listMySharedLinks>>> = true;
const createdDocumented: Documents<typeof createdSharedLinkSchema, Awaited<ReturnType<typeof createSharedLink>>> = true;
const contentDocumented: Documents<typeof linkContentSchema, Awaited<ReturnType<typeof getLinkContent>>> = true;
void [listDocumented, createdDocumented, contentDocumented];

const tokenPath = linkTokenParamsSchema.extend({ token: linkTokenParamsSchema.shape.token.meta({ description: 'The link’s token (from its address); unknown, revoked or expired: 404.' }) });
const locked = { 401: 'The link has a password and this browser has not unlocked it (details.passwordRequired).', 429: 'Too many requests from this address (Retry-After).' };
const images = ['image/webp', 'image/jpeg'];

export const sharedLinkRoutes: ApiRoutes = {
  'shared-links': {
    GET: { summary: 'My shared links, newest first (revoked and expired ones marked)', access: 'user', answers: { 200: json('The links, never their tokens.', linksSchema) } },
    POST: {
      summary: 'Make a link to one of my albums or to a selection of my own photos; its address is in this answer only',
      access: 'user',
      body: createSharedLinkSchema,
      answers: { 201: json('The link and its address.', createdSharedLinkSchema) },
      description: 'Someone else’s album or photos answer 404. allowDownload without showMetadata answers 422: originals carry their GPS.',
    },
  },
  'shared-links/[id]': {
    PATCH: { summary: 'Change one of my links (a new or removed password locks out every browser that unlocked it)', access: 'user', path: sharedLinkIdParamsSchema, body: updateSharedLinkSchema, answers: { 200: json('The link as changed.', sharedLinkViewSchema) } },
    DELETE: { summary: 'Delete one of my links', access: 'user', path: sharedLinkIdParamsSchema, answers: { 204: noContent('Deleted.') } },
  },
  'shared-links/[id]/revoke': {
    POST: { summary: 'Revoke one of my links: its address answers 404 from now on', access: 'user', path: sharedLinkIdParamsSchema, answers: { 200: json('The link, revoked.', sharedLinkViewSchema) } },
  },
  's/[token]': {
    GET: { summary: 'What a shared link shows: title, description, items (metadata only when the link shows it)', access: 'public', path: tokenPath, answers: { 200: json('The link’s content.', linkContentSchema) }, errors: locked },
  },
  's/[token]/unlock': {
    POST: {
      summary: 'Unlock a password-protected link: the password in the body, never the address',
      access: 'public',
      path: tokenPath,
      body: unlockLinkSchema,
      answers: { 200: json('Unlocked: an HttpOnly cookie scoped to this link is set.', okResponseSchema) },
      errors: { 401: 'Wrong password.', 429: 'Too many tries on this link or from this address (Retry-After).' },
    },
  },
  's/[token]/assets/[id]/thumbnail': {
    GET: { summary: 'The thumbnail of an item the link grants (no EXIF)', access: 'public', path: linkAssetParamsSchema, answers: rangedFile('The image.', ...images), errors: locked },
  },
  's/[token]/assets/[id]/preview': {
    GET: { summary: 'The preview image of an item the link grants (no EXIF)', access: 'public', path: linkAssetParamsSchema, answers: rangedFile('The image.', ...images), errors: locked },
  },
  's/[token]/assets/[id]/original': {
    GET: {
      summary: 'The original file of an item, when the link allows downloads (it carries its EXIF)',
      access: 'public',
      path: linkAssetParamsSchema,
      answers: rangedFile('The file, as an attachment.', 'application/octet-stream'),
      errors: { ...locked, 403: 'This link does not allow downloads.' },
    },
    HEAD: { summary: 'The original’s headers without its bytes, when the link allows downloads', access: 'public', path: linkAssetParamsSchema, answers: { 200: noContent('The headers only.') }, errors: { ...locked, 403: 'This link does not allow downloads.' } },
  },
  's/[token]/download': {
    GET: {
      summary: 'Everything the link grants as one ZIP (originals, stored, exact Content-Length), when it allows downloads',
      access: 'public',
      path: tokenPath,
      answers: { 200: media('The ZIP, as an attachment named after the link.', 'application/zip') },
      errors: { ...locked, 403: 'This link does not allow downloads.', 409: 'Nothing is shared any more, or none of the files can be read right now.' },
    },
  },
};

// Shared links (people without an account): what the owner sends and gets back, and what a
// link holder gets. Metadata (date, file name, camera, GPS, place) travels only when the link's
// show_metadata is on; the originals carry GPS in their EXIF, so downloads need it on too.
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
/** A password for a link: like an account's, long enough to resist guessing at our rate limits. */
const linkPassword = z.string().min(6, 'At least 6 characters.').max(200);
const expiry = z.iso.datetime({ offset: true }).nullable();

const optionsShape = {
  title: text(200).nullable().optional(),
  description: text(2000).nullable().optional(),
  expiresAt: expiry.optional().meta({ description: 'When the link stops working (ISO date-time); null or absent: never.' }),
  allowDownload: z.boolean().optional().meta({ description: 'Originals may be downloaded. Needs showMetadata: the files carry their EXIF, GPS included.' }),
  showMetadata: z.boolean().optional().meta({ description: 'Date, file name, camera, GPS position and place are shown. Off by default.' }),
};

export const createSharedLinkSchema = z
  .object({
    albumId: z.uuid().optional().meta({ description: 'An album of mine: the link follows it (items added later show).' }),
    assetIds: z.array(z.uuid()).min(1).max(10_000).optional().meta({ description: 'Photos and videos of mine (a selection link).' }),
    password: linkPassword.optional(),
    ...optionsShape,
  })
  .refine((v) => (v.albumId === undefined) !== (v.assetIds === undefined), { message: 'Give either albumId or assetIds.', path: ['albumId'] });
export type CreateSharedLink = z.infer<typeof createSharedLinkSchema>;

export const updateSharedLinkSchema = z.object({
  ...optionsShape,
  password: linkPassword.nullable().optional().meta({ description: 'A new password; null removes it.' }),
});
export type UpdateSharedLink = z.infer<typeof updateSharedLinkSchema>;

export const sharedLinkViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['album', 'selection']),
  albumId: z.uuid().nullable(),
  albumTitle: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  hasPassword: z.boolean(),
  expiresAt: z.string().nullable(),
  expired: z.boolean(),
  allowDownload: z.boolean(),
  showMetadata: z.boolean(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  lastViewedAt: z.string().nullable(),
  viewCount: z.number().int(),
  itemCount: z.number().int(),
});
export type SharedLinkView = z.infer<typeof sharedLinkViewSchema>;

export const createdSharedLinkSchema = z.object({
  link: sharedLinkViewSchema,
  url: z.string().meta({ description: 'The full address (PUBLIC_URL), shown this once: only a hash of its token is kept.' }),
  path: z.string().meta({ description: 'The same address from the site root (/s/<token>).' }),
});
export type CreatedSharedLink = z.infer<typeof createdSharedLinkSchema>;

export const sharedLinkIdParamsSchema = z.object({ id: z.uuid() });
export const linkTokenParamsSchema = z.object({ token: z.string().max(100) });
export const linkAssetParamsSchema = z.object({ token: z.string().max(100), id: z.string().max(100) });

export const unlockLinkSchema = z.object({ password: z.string().min(1).max(200) });

export const linkItemMetadataSchema = z.object({
  takenAt: z.string().nullable(),
  fileName: z.string(),
  camera: z.string().nullable(),
  lens: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  place: z.string().nullable(),
});
export type LinkItemMetadata = z.infer<typeof linkItemMetadataSchema>;

export const linkItemSchema = z.object({
  id: z.uuid(),
  type: z.enum(['photo', 'video']),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  thumbhash: z.string().nullable(),
  metadata: linkItemMetadataSchema.nullable().meta({ description: 'Only when the link shows metadata; null otherwise.' }),
});
export type LinkItem = z.infer<typeof linkItemSchema>;

export const linkContentSchema = z.object({
  title: z.string().nullable(),
  description: z.string().nullable(),
  allowDownload: z.boolean(),
  showMetadata: z.boolean(),
  expiresAt: z.string().nullable(),
  items: z.array(linkItemSchema),
});
export type LinkContent = z.infer<typeof linkContentSchema>;

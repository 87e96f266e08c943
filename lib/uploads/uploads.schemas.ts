// Uploads through tus (docs/uploads.md): what a client sends with an upload (its metadata), the
// checks before sending bytes, the list a user sees, and the limits an administrator sets.
import { z } from 'zod';
import { UploadStatus } from '@/lib/server/generated/prisma/enums';

const GIB = 1024 ** 3;
/** The largest file anyone may upload unless an administrator says otherwise (upload_settings). */
export const DEFAULT_MAX_FILE_BYTES = 20 * GIB;
/** An upload left unfinished this long is removed (uploads:cleanup, hourly). */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

export const sha1HexSchema = z.string().trim().toLowerCase().regex(/^[0-9a-f]{40}$/, 'A SHA-1 is 40 hexadecimal characters.');

/** tus Upload-Metadata, as tus-js-client sends it (each value base64 in the header). */
export const uploadMetadataSchema = z.object({
  filename: z.string().trim().min(1, 'The file has no name.').max(1000),
  checksum: sha1HexSchema,
  filetype: z.string().max(200).optional(),
});
export type UploadMetadata = z.infer<typeof uploadMetadataSchema>;

/** POST /api/uploads/check: which of these files are already in my library, before sending them. */
export const checkUploadsSchema = z.object({ checksums: z.array(sha1HexSchema).min(1).max(1000) }).strict();

export const uploadTargetSchema = z.object({ libraryId: z.uuid().nullable() }).strict();

const bytes = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const updateUploadLimitsSchema = z
  .object({
    maxFileBytes: bytes.optional(),
    /** One user's quota in bytes; null: unlimited. */
    quota: z.object({ userId: z.uuid(), quotaBytes: bytes.nullable() }).strict().optional(),
  })
  .strict()
  .refine((v) => v.maxFileBytes !== undefined || v.quota !== undefined, 'Nothing to change.');
export type UpdateUploadLimits = z.infer<typeof updateUploadLimitsSchema>;

// Answers.

export interface UploadView {
  id: string;
  fileName: string;
  size: number;
  offset: number;
  status: UploadStatus;
  error: string | null;
  /** The photo or video it became (null until done). */
  assetId: string | null;
  /** Whether that asset has been read (thumbnail made): the link then shows it. */
  ingested: boolean;
  createdAt: string;
  finishedAt: string | null;
}

export interface UploadLimits {
  maxFileBytes: number;
  /** null: unlimited. */
  quotaBytes: number | null;
  usedBytes: number;
}

export interface UploadTarget {
  /** null: my own upload library (made on the first upload). */
  libraryId: string | null;
  name: string;
  /** Libraries of mine I may choose instead. */
  choices: { id: string; name: string }[];
}

export interface UploadList {
  uploads: UploadView[];
  limits: UploadLimits;
  target: UploadTarget;
}

export interface UploadDuplicates {
  duplicates: { checksum: string; assetId: string }[];
}

export interface AdminUploadLimits {
  maxFileBytes: number;
  users: { id: string; name: string; email: string; quotaBytes: number | null; usedBytes: number }[];
}

export const uploadViewSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    size: z.number(),
    offset: z.number(),
    status: z.enum(UploadStatus),
    error: z.string().nullable(),
    assetId: z.uuid().nullable(),
    ingested: z.boolean(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Upload' });

export const uploadLimitsSchema = z.object({ maxFileBytes: z.number(), quotaBytes: z.number().nullable(), usedBytes: z.number() }).meta({ id: 'UploadLimits' });

export const uploadTargetViewSchema = z
  .object({ libraryId: z.uuid().nullable(), name: z.string(), choices: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'UploadTarget' });

export const uploadListSchema = z.object({ uploads: z.array(uploadViewSchema), limits: uploadLimitsSchema, target: uploadTargetViewSchema });

export const uploadDuplicatesSchema = z.object({ duplicates: z.array(z.object({ checksum: z.string(), assetId: z.uuid() })) });

export const adminUploadLimitsSchema = z
  .object({
    maxFileBytes: z.number(),
    users: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), quotaBytes: z.number().nullable(), usedBytes: z.number() })),
  })
  .meta({ id: 'AdminUploadLimits' });

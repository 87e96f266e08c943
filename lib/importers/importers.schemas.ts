// Inputs and answers of the importers' routes (auto-tag preview, runs, folders).
import { z } from 'zod';

/** A folder inside a library, as stored in asset paths: no leading or trailing slash. */
const folderSchema = z
  .string()
  .max(1024, 'A folder path is at most 1,024 characters.')
  .transform((s) => s.trim().replace(/^\/+|\/+$/g, ''))
  .optional();

export const autoTagScopeSchema = z
  .object({ libraryId: z.uuid('libraryId must be a library id.').optional(), folder: folderSchema })
  .strict()
  .refine((s) => !s.folder || s.libraryId, { message: 'Choose a library to choose a folder in it.', path: ['folder'] });
export type AutoTagScopeInput = z.infer<typeof autoTagScopeSchema>;

export const autoTagRunParamsSchema = z.object({ id: z.uuid('No such run.') });
export const autoTagFoldersQuerySchema = z.object({ libraryId: z.uuid('libraryId must be a library id.') });

export interface NamedRef {
  id: string;
  name: string;
}

export interface AutoTagChange {
  assetId: string;
  title: string | null;
  relPath: string;
  addPerformers: NamedRef[];
  studio: NamedRef | null;
  addTags: NamedRef[];
}

export const PREVIEW_CAP = 200;

export interface AutoTagPreview {
  /** Videos in scope that were looked at (the user's own, not organised). */
  scanned: number;
  /** Videos that would change. */
  total: number;
  /** The first PREVIEW_CAP of them, in id order. */
  changes: AutoTagChange[];
}

export interface AutoTagRunView {
  id: string;
  libraryId: string | null;
  folder: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  changed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

// Response schema (the OpenAPI document, lib/api-docs/organise.api.ts, checks it against AutoTagRunView).
export const autoTagRunViewSchema = z
  .object({
    id: z.uuid(),
    libraryId: z.uuid().nullable(),
    folder: z.string().nullable(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    total: z.number().int(),
    done: z.number().int(),
    changed: z.number().int(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'AutoTagRun' });

const namedRefSchema = z.object({ id: z.string(), name: z.string() });

export const autoTagPreviewSchema = z
  .object({
    scanned: z.number().int().meta({ description: 'Videos in scope that were looked at (the user’s own, not organised).' }),
    total: z.number().int().meta({ description: 'Videos that would change.' }),
    changes: z
      .array(z.object({ assetId: z.uuid(), title: z.string().nullable(), relPath: z.string(), addPerformers: z.array(namedRefSchema), studio: namedRefSchema.nullable(), addTags: z.array(namedRefSchema) }))
      .meta({ description: 'The first 200 of them, in id order.' }),
  })
  .meta({ id: 'AutoTagPreview' });

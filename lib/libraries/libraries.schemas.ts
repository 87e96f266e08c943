import { ScanStatus, ScanTrigger } from '@/lib/server/generated/prisma/enums';
import { Cron } from 'croner';
import { z } from 'zod';
import { DEFAULT_EXCLUDE_GLOBS } from './library-file-filter';

const globListSchema = z.array(z.string().trim().min(1).max(500)).max(100);

const scheduleSchema = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .transform((s) => (s === '' ? null : s))
  .refine((s) => s === null || isValidCron(s), 'Not a cron expression (e.g. "0 3 * * *" for every night at 03:00).');

function isValidCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true });
    return true;
  } catch {
    return false;
  }
}

const librarySettingsSchema = z.object({
  name: z.string().trim().min(1, 'Give the library a name.').max(100),
  includeGlobs: globListSchema.default([]),
  excludeGlobs: globListSchema.default(DEFAULT_EXCLUDE_GLOBS),
  /** Cron expression in server time; null for manual scans only. Default: nightly at 03:00. */
  scanSchedule: scheduleSchema.default('0 3 * * *'),
  watch: z.boolean().default(false),
});

export const createLibrarySchema = librarySettingsSchema.extend({
  rootPath: z.string().trim().min(1, 'Give the folder path.').max(4096),
  ownerId: z.uuid(),
});
export type CreateLibraryInput = z.infer<typeof createLibrarySchema>;

export const updateLibrarySchema = librarySettingsSchema.partial();
export type UpdateLibraryInput = z.infer<typeof updateLibrarySchema>;

export const libraryIdParamsSchema = z.object({ id: z.uuid() });

/** The counters of one scan, as its library_scans row keeps them. */
export interface ScanCounts {
  seen: number;
  added: number;
  changed: number;
  offline: number;
  restored: number;
  queued: number;
  /** Files in picture/video formats no reader handles (.jp2, .svg…), skipped. */
  unsupported: number;
}

export interface ScanView extends ScanCounts {
  trigger: ScanTrigger;
  status: ScanStatus;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface LibraryOverview {
  id: string;
  name: string;
  rootPath: string;
  includeGlobs: string[];
  excludeGlobs: string[];
  scanSchedule: string | null;
  watch: boolean;
  lastScan: ScanView | null;
  owner: { id: string; name: string; email: string };
  /** Who the library is shared with (read-only). */
  members: Person[];
  lastScannedAt: string | null;
  counts: { total: number; pending: number; ready: number; failed: number; offline: number };
  scanState: 'idle' | 'queued' | 'running';
}

export interface FailedAssetView {
  id: string;
  libraryId: string;
  /** Only the owner can open it in the viewer. */
  ownerId: string;
  relPath: string;
  reason: string;
  updatedAt: string;
}

/** What creating or changing a library answers: the row's identity, not its counts or scans. */
export interface LibrarySummary {
  id: string;
  name: string;
  rootPath: string;
  ownerId: string;
}

/** Share a library with one more person of the household. */
export const addLibraryMemberSchema = z.object({ userId: z.uuid('Choose someone to share with.') }).strict();
export const libraryMemberParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });

export interface Person {
  id: string;
  name: string;
}

/** A user's libraries page: theirs with whom they are shared, and those shared with them. */
export interface MyLibraries {
  own: { id: string; name: string; members: Person[] }[];
  shared: { id: string; name: string; owner: Person }[];
  /** Who the user could share with (active accounts but themselves). */
  people: Person[];
}

// Response schemas (the OpenAPI document, lib/api-docs/libraries.api.ts, checks them against the DTOs).

const personSchema = z.object({ id: z.uuid(), name: z.string() });

const scanViewSchema = z.object({
  seen: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  offline: z.number().int(),
  restored: z.number().int(),
  queued: z.number().int(),
  unsupported: z.number().int(),
  trigger: z.enum(ScanTrigger),
  status: z.enum(ScanStatus),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});

export const libraryOverviewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    rootPath: z.string(),
    includeGlobs: z.array(z.string()),
    excludeGlobs: z.array(z.string()),
    scanSchedule: z.string().nullable(),
    watch: z.boolean(),
    lastScan: scanViewSchema.nullable(),
    owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    members: z.array(personSchema),
    lastScannedAt: z.iso.datetime().nullable(),
    counts: z.object({ total: z.number().int(), pending: z.number().int(), ready: z.number().int(), failed: z.number().int(), offline: z.number().int() }),
    scanState: z.enum(['idle', 'queued', 'running']),
  })
  .meta({ id: 'LibraryOverview' });

export const myLibrariesSchema = z
  .object({
    own: z.array(z.object({ id: z.uuid(), name: z.string(), members: z.array(personSchema) })),
    shared: z.array(z.object({ id: z.uuid(), name: z.string(), owner: personSchema })),
    people: z.array(personSchema),
  })
  .meta({ id: 'MyLibraries' });

export const libraryMembersSchema = z.object({ members: z.array(personSchema) });

export const librarySummarySchema = z
  .object({ id: z.uuid(), name: z.string(), rootPath: z.string(), ownerId: z.uuid() })
  .meta({ id: 'LibrarySummary' });

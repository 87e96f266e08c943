// Inputs (zod) and output DTOs of one asset: its id, derived sizes, bulk actions, the viewer's
// details and neighbours.
import type { AssetStatus, AssetType, IngestStatus, TakenAtSource } from '@/lib/server/generated/prisma/enums';
import { z } from 'zod';

export const assetIdParamsSchema = z.object({ id: z.uuid() });
export const derivedSizeSchema = z.object({ size: z.enum(['thumb', 'preview']).default('thumb') });
export const teaserSizeSchema = z.object({ size: z.enum(['sm', 'lg']).default('sm') });

export const bulkActionSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(10_000),
  action: z.enum(['favourite', 'unfavourite', 'archive', 'unarchive', 'trash', 'restore']),
});
export type BulkAction = z.infer<typeof bulkActionSchema>['action'];

export interface AssetNeighbours {
  previous: string | null; // newer
  next: string | null; // older
}

export interface AssetDetails {
  id: string;
  type: AssetType;
  status: AssetStatus;
  /** failed: no picture could be made from the file; ingestError says why, in plain words. */
  ingestStatus: IngestStatus;
  ingestError: string | null;
  fileName: string;
  relPath: string;
  libraryName: string;
  size: number;
  mime: string | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  takenAtLocal: string; // wall clock, no zone: 2024-12-31T23:30:00.000
  takenAtUtc: string | null;
  takenAtSource: TakenAtSource;
  favourite: boolean;
  archived: boolean;
  camera: { make: string | null; model: string | null; lens: string | null } | null;
  exposure: { exposureTime: number | null; fNumber: number | null; iso: number | null; focalLength: number | null } | null;
  gps: { latitude: number; longitude: number } | null;
}

/** One video on its way to preview media, as the admin's progress list shows it. */
export interface VideoMediaProgressItem {
  id: string;
  fileName: string;
  relPath: string;
  libraryName: string;
  durationMs: number | null;
  state: 'running' | 'queued' | 'failed' | 'missing';
  /** Which of sprite, vtt, teaser_sm, teaser_lg exist already. */
  made: string[];
  attempts: number;
  maxAttempts: number;
  /** Since when the running job works on it. */
  startedAt: string | null;
  /** The first line of the last failure (the full report is in Jobs). */
  lastError: string | null;
}

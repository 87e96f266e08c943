import { z } from 'zod';

export const createLibrarySchema = z.object({
  name: z.string().trim().min(1, 'Give the library a name.').max(100),
  rootPath: z.string().trim().min(1, 'Give the folder path.').max(4096),
  ownerId: z.uuid(),
});
export type CreateLibraryInput = z.infer<typeof createLibrarySchema>;

export const libraryIdParamsSchema = z.object({ id: z.uuid() });

export interface LibraryOverview {
  id: string;
  name: string;
  rootPath: string;
  owner: { id: string; name: string; email: string };
  lastScannedAt: string | null;
  counts: { total: number; pending: number; ready: number; failed: number; offline: number };
  scanState: 'idle' | 'queued' | 'running';
}

export interface FailedAssetView {
  id: string;
  libraryId: string;
  relPath: string;
  reason: string;
  updatedAt: string;
}

// Typed fetchers of the auto-tagger (app/api/auto-tag): folders of a library, the preview of
// what a run would change, starting a run and following its progress.
import type { z } from 'zod';
import type { AutoTagPreview, AutoTagRunView, autoTagScopeSchema } from '@/lib/importers/importers.schemas';
import { apiFetch } from './api';

type Scope = z.input<typeof autoTagScopeSchema>;

export const fetchAutoTagFolders = (libraryId: string) =>
  apiFetch<{ folders: string[] }>(`/api/auto-tag/folders?libraryId=${encodeURIComponent(libraryId)}`);

export const previewAutoTag = (scope: Scope) => apiFetch<AutoTagPreview>('/api/auto-tag/preview', { method: 'POST', json: scope });

export const startAutoTagRun = (scope: Scope) => apiFetch<{ runId: string }>('/api/auto-tag/runs', { method: 'POST', json: scope });

export const fetchAutoTagRun = (runId: string) => apiFetch<AutoTagRunView>(`/api/auto-tag/runs/${encodeURIComponent(runId)}`);

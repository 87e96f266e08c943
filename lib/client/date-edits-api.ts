'use client';
// Typed fetchers and TanStack mutations of manual date edits (app/api/assets/[id]/date,
// app/api/assets/dates, app/api/assets/dates/revert). Every edit refreshes the timeline (the
// photos usually move to another month) and the details of the assets it touched.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dateChangeSchema, DateEditResult, DateRevertResult } from '@/lib/asset-edits/asset-edits.schemas';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { apiFetch } from './api';
import { timelineKeys } from './timeline-queries';

export type DateChangeInput = z.input<typeof dateChangeSchema>;

const dateUrl = (id: string) => `/api/assets/${encodeURIComponent(id)}/date`;

/** One asset: answers its details with the new date. */
export const changeAssetDate = (id: string, change: DateChangeInput) => apiFetch<AssetDetails>(dateUrl(id), { method: 'PATCH', json: change });
export const revertAssetDate = (id: string) => apiFetch<AssetDetails>(dateUrl(id), { method: 'DELETE' });
/** Many at once, all or nothing. */
export const editAssetDates = (ids: string[], change: DateChangeInput) => apiFetch<DateEditResult>('/api/assets/dates', { method: 'POST', json: { ids, change } });
export const revertAssetDates = (ids: string[]) => apiFetch<DateRevertResult>('/api/assets/dates/revert', { method: 'POST', json: { ids } });

function useRefreshAfter() {
  const client = useQueryClient();
  return async (ids: string[], details?: AssetDetails) => {
    if (details) client.setQueryData(timelineKeys.asset(details.id), details);
    await Promise.all([
      client.invalidateQueries({ queryKey: timelineKeys.all }),
      ...ids.map((id) => client.invalidateQueries({ queryKey: timelineKeys.asset(id) })),
    ]);
  };
}

/** Set or shift the date of one asset (PATCH, answers its details) or many (bulk). */
export function useEditDates() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: async ({ ids, change }: { ids: string[]; change: DateChangeInput }) =>
      ids.length === 1 ? { details: await changeAssetDate(ids[0], change) } : { details: undefined, ...(await editAssetDates(ids, change)) },
    onSuccess: (result, { ids }) => refresh(ids, result.details),
  });
}

/** Give the assets their file's date back. */
export function useRevertDates() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: async (ids: string[]) => (ids.length === 1 ? { details: await revertAssetDate(ids[0]) } : { details: undefined, ...(await revertAssetDates(ids)) }),
    onSuccess: (result, ids) => refresh(ids, result.details),
  });
}

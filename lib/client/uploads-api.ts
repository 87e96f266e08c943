// Typed fetchers of uploads (app/api/uploads…): my uploads and limits, the duplicate check before
// sending bytes, the upload target, and the administrator's limits. The bytes themselves go
// through tus-js-client (lib/client/upload-queue.ts).
import type { AdminUploadLimits, UpdateUploadLimits, UploadDuplicates, UploadList } from '@/lib/uploads/uploads.schemas';
import { apiFetch } from './api';

export const uploadKeys = { list: ['uploads'] as const, adminLimits: ['admin', 'upload-limits'] as const };

export const fetchUploads = () => apiFetch<UploadList>('/api/uploads');

export const checkDuplicates = (checksums: string[]) => apiFetch<UploadDuplicates>('/api/uploads/check', { method: 'POST', json: { checksums } });

export const setUploadTarget = (libraryId: string | null) => apiFetch<{ libraryId: string; name: string }>('/api/uploads/target', { method: 'PUT', json: { libraryId } });

export const fetchAdminUploadLimits = () => apiFetch<AdminUploadLimits>('/api/admin/upload-limits');

export const updateAdminUploadLimits = (change: UpdateUploadLimits) => apiFetch<AdminUploadLimits>('/api/admin/upload-limits', { method: 'PATCH', json: change });

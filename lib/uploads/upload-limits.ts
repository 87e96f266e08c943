// The administrator's upload limits: the largest file anyone may upload, and each user's quota.
import { notFound } from '@/lib/server/errors';
import { saveMaxFileBytes, saveUserQuota, selectAdminQuotas, selectMaxFileBytes } from './uploads.queries';
import type { AdminUploadLimits, UpdateUploadLimits } from './uploads.schemas';

export async function getUploadLimits(): Promise<AdminUploadLimits> {
  const [maxFileBytes, users] = await Promise.all([selectMaxFileBytes(), selectAdminQuotas()]);
  return { maxFileBytes, users };
}

export async function updateUploadLimits(change: UpdateUploadLimits): Promise<AdminUploadLimits> {
  if (change.quota && !(await saveUserQuota(change.quota.userId, change.quota.quotaBytes))) throw notFound('No such user.');
  if (change.maxFileBytes !== undefined) await saveMaxFileBytes(change.maxFileBytes);
  return getUploadLimits();
}

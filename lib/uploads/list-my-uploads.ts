// My uploads (newest first, the last 200), my limits and where my uploads go.
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { listOwnLibraries, listUploadRows, selectMaxFileBytes, selectQuota, selectUploadTargetId, sumUsedBytes } from './uploads.queries';
import type { UploadList, UploadView } from './uploads.schemas';

export async function listMyUploads(user: SessionUser): Promise<UploadList> {
  const [rows, maxFileBytes, quotaBytes, targetId, libraries] = await Promise.all([
    listUploadRows(user.id),
    selectMaxFileBytes(),
    selectQuota(user.id),
    selectUploadTargetId(user.id),
    listOwnLibraries(user.id),
  ]);
  const target = libraries.find((l) => l.id === targetId) ?? null;
  return {
    uploads: rows.map(
      (r): UploadView => ({
        id: r.id,
        fileName: r.fileName,
        size: Number(r.size),
        offset: Number(r.offset),
        status: r.status,
        error: r.error,
        assetId: r.assetId,
        ingested: r.asset?.ingestStatus === 'ready',
        createdAt: r.createdAt.toISOString(),
        finishedAt: r.finishedAt?.toISOString() ?? null,
      }),
    ),
    limits: { maxFileBytes, quotaBytes, usedBytes: await sumUsedBytes(prisma(), user.id, target?.id ?? null) },
    target: { libraryId: target?.id ?? null, name: target?.name ?? 'My uploads', choices: libraries.map((l) => ({ id: l.id, name: l.name })) },
  };
}

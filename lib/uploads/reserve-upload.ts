// A new tus upload (onUploadCreate): its metadata checked, then — in one transaction under the
// user's row lock — the duplicate check, the size limit, the quota (the user's upload library
// plus every upload of theirs still running, whose whole length is reserved) and the row that
// records it. Parallel creations are counted one after another, so together they cannot pass
// the quota. Bytes are sent only after this says yes.
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { resolveUploadLibrary } from './resolve-upload-library';
import { duplicateOf, overQuota, tooBig, UploadRefusal } from './upload-refusal';
import { insertUpload, lockUploader, selectDuplicates, selectMaxFileBytes, sumUsedBytes } from './uploads.queries';
import { uploadMetadataSchema } from './uploads.schemas';

export interface NewUpload {
  tusId: string;
  /** Upload-Length; undefined when the client deferred it (refused: the quota needs it up front). */
  size: number | undefined;
  metadata: Record<string, string | null> | undefined;
}

export async function reserveUpload(user: SessionUser, upload: NewUpload): Promise<{ uploadId: string }> {
  const parsed = uploadMetadataSchema.safeParse(upload.metadata ?? {});
  if (!parsed.success) {
    throw new UploadRefusal('validation_failed', 'The upload needs the file’s name and SHA-1 (filename, checksum) in its metadata.', { reason: 'bad_metadata' });
  }
  const size = upload.size;
  if (size === undefined || !Number.isSafeInteger(size) || size <= 0) {
    throw new UploadRefusal('validation_failed', 'The upload must say its length (Upload-Length, more than 0 bytes).', { reason: 'bad_metadata' });
  }
  const checksum = Buffer.from(parsed.data.checksum, 'hex');
  return prisma().$transaction(async (tx) => {
    const uploader = await lockUploader(tx, user.id);
    if (!uploader) throw new UploadRefusal('not_found', 'No such user.', { reason: 'not_found' });
    const maxFileBytes = await selectMaxFileBytes(tx);
    if (size > maxFileBytes) throw tooBig(size, maxFileBytes);
    const [duplicate] = await selectDuplicates(tx, user.id, [checksum]);
    if (duplicate) throw duplicateOf(duplicate.assetId);
    const library = await resolveUploadLibrary(tx, { id: user.id, name: uploader.name }, uploader.libraryId);
    if (uploader.quotaBytes !== null) {
      const used = await sumUsedBytes(tx, user.id, library.id);
      if (used + size > uploader.quotaBytes) throw overQuota(size, uploader.quotaBytes, used);
    }
    const row = await insertUpload(tx, { userId: user.id, tusId: upload.tusId, libraryId: library.id, fileName: parsed.data.filename, size, checksum });
    return { uploadId: row.id };
  });
}

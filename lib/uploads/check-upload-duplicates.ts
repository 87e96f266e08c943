// Before sending any bytes: which of these files (by SHA-1) the user already has, each with the
// asset to link to. The same check runs again when an upload finishes (a race).
import type { SessionUser } from '@/lib/auth/auth.schemas';
import { prisma } from '@/lib/server/db';
import { selectDuplicates } from './uploads.queries';
import type { UploadDuplicates } from './uploads.schemas';

export async function checkUploadDuplicates(user: SessionUser, checksums: string[]): Promise<UploadDuplicates> {
  const unique = [...new Set(checksums)];
  const duplicates = await selectDuplicates(prisma(), user.id, unique.map((c) => Buffer.from(c, 'hex')));
  return { duplicates };
}

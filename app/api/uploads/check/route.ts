// POST /api/uploads/check – which of these SHA-1s I already have (each with the asset), before sending bytes.
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';
import { checkUploadDuplicates } from '@/lib/uploads/check-upload-duplicates';
import { checkUploadsSchema } from '@/lib/uploads/uploads.schemas';

export const POST = withAuth(async ({ req, user }) => {
  const { checksums } = await parseJsonBody(req, checkUploadsSchema);
  return json(await checkUploadDuplicates(user, checksums));
});

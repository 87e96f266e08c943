// PUT /api/uploads/target – where my uploads go: one of my libraries, or null for my own upload library.
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';
import { setUploadTarget } from '@/lib/uploads/set-upload-target';
import { uploadTargetSchema } from '@/lib/uploads/uploads.schemas';

export const PUT = withAuth(async ({ req, user }) => {
  const { libraryId } = await parseJsonBody(req, uploadTargetSchema);
  return json(await setUploadTarget(user, libraryId));
});

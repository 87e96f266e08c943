// GET /api/auto-tag/folders?libraryId= – the folders of a library that hold my videos (for
//   choosing where to auto-tag), sorted, at most 2,000.
import { withAuth } from '@/lib/auth/with-auth';
import { autoTagFoldersQuerySchema } from '@/lib/importers/importers.schemas';
import { listAutoTagFolders } from '@/lib/importers/list-auto-tag-folders';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const { libraryId } = autoTagFoldersQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listAutoTagFolders(user, libraryId));
});

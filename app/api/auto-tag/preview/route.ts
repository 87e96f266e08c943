// POST /api/auto-tag/preview – { libraryId?, folder? }: what an auto-tag run would add to my
//   videos there (performers, a studio where none is set, tags), the first 200 with the total.
import { withAuth } from '@/lib/auth/with-auth';
import { autoTagScopeSchema } from '@/lib/importers/importers.schemas';
import { previewAutoTag } from '@/lib/importers/preview-auto-tag';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => json(await previewAutoTag(user, await parseJsonBody(req, autoTagScopeSchema))));

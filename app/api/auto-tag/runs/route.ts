// POST /api/auto-tag/runs – { libraryId?, folder? }: starts an auto-tag run there; 202 { runId }.
import { withAuth } from '@/lib/auth/with-auth';
import { autoTagScopeSchema } from '@/lib/importers/importers.schemas';
import { startAutoTagRun } from '@/lib/importers/start-auto-tag-run';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth(async ({ req, user }) => json(await startAutoTagRun(user, await parseJsonBody(req, autoTagScopeSchema)), 202));

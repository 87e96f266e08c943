// GET /api/shared-links – my shared links (album and selection), newest first.
// POST /api/shared-links – make a link for one of my albums or a selection of my photos; the
// answer holds its address, this once.
import { createSharedLink } from '@/lib/shared-links/create-shared-link';
import { listMySharedLinks } from '@/lib/shared-links/list-my-shared-links';
import { createSharedLinkSchema } from '@/lib/shared-links/shared-links.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json({ links: await listMySharedLinks(user) }));

export const POST = withAuth(async ({ req, user }) => json(await createSharedLink(user, await parseJsonBody(req, createSharedLinkSchema)), 201));

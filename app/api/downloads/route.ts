// POST /api/downloads – a ticket for one ZIP of chosen photos and videos ({ ids }) or of an album
// ({ albumId }): every item checked (all or nothing, 404), at most 10,000, unreadable files listed.
import { createDownloadTicket } from '@/lib/downloads/create-download-ticket';
import { downloadRequestSchema } from '@/lib/downloads/downloads.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(async ({ req, user }) => json(await createDownloadTicket(user, await parseJsonBody(req, downloadRequestSchema)), 201));

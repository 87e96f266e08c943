// GET /api/downloads/:ticket – the ZIP a ticket names, streamed with its exact Content-Length
// (the browser's download bar shows the progress); only for the user who asked for it.
import { serveDownloadTicket } from '@/lib/downloads/serve-download-ticket';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ ticket: string }>(async ({ req, params, user }) => serveDownloadTicket(req, user, params.ticket));

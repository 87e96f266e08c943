// GET /api/libraries – every library with counts and scan state (admin).
// POST /api/libraries – add a library folder for a user and queue its first scan (admin).
import { createLibrary } from '@/lib/libraries/create-library';
import { listLibraries } from '@/lib/libraries/list-libraries';
import { createLibrarySchema } from '@/lib/libraries/libraries.schemas';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json({ libraries: await listLibraries() }), { access: 'admin' });

export const POST = withAuth(
  async ({ req }) => {
    const input = await parseJsonBody(req, createLibrarySchema);
    return json({ library: await createLibrary(input) }, 201);
  },
  { access: 'admin' },
);

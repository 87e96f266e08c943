// HEAD /api/uploads/tus/:id – how many bytes of my upload the server has (resume from there).
// PATCH /api/uploads/tus/:id – bytes at Upload-Offset; the last ones finish it (checksum, content, duplicate).
// DELETE /api/uploads/tus/:id – cancel my upload (its partial file and reservation go).
// Another user's upload id answers 404. No time limit: a chunk arrives as fast as the network allows.
import { withAuth } from '@/lib/auth/with-auth';
import { uploadServer } from '@/lib/uploads/upload-server';

const tus = withAuth(async ({ req, user }) => uploadServer().handle(req, user), { untimed: true });

export const HEAD = tus;
export const PATCH = tus;
export const DELETE = tus;

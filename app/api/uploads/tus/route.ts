// POST /api/uploads/tus – create a resumable upload (tus 1.0: Upload-Length, Upload-Metadata with
// filename and checksum = the file's SHA-1 in hex). Refused before any byte is sent when too big
// (413), over my quota (413) or already in my library (409, with the photo's id).
import { withAuth } from '@/lib/auth/with-auth';
import { uploadServer } from '@/lib/uploads/upload-server';

export const POST = withAuth(async ({ req, user }) => uploadServer().handle(req, user), { untimed: true });

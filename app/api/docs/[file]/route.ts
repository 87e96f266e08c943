// GET /api/docs/:file – one file of the reference page, from a fixed list (404 for any other name).
import { serveDocsFile } from '@/lib/api-docs/serve-docs-file';
import { withPublic } from '@/lib/auth/with-auth';

export const GET = withPublic<{ file: string }>(async ({ params }) => serveDocsFile(params.file));

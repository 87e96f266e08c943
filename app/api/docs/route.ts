// GET /api/docs – the API reference page (Swagger UI served by us; lib/api-docs/docs-page.ts).
import { DOCS_PAGE_HTML } from '@/lib/api-docs/docs-page';
import { withPublic } from '@/lib/auth/with-auth';

export const GET = withPublic(async () => new Response(DOCS_PAGE_HTML, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' } }));

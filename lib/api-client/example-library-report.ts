// The README's "Scripting the API" example, kept as code so a test runs it against the real
// route handlers (tests/api-docs/api-client.test.ts): who the key belongs to, photos and videos
// per month, and the first page of a search.
import type { ShoeboxClient } from './create-shoebox-client';

export async function libraryReport(shoebox: ShoeboxClient, searchFor: string) {
  const { data: me, error } = await shoebox.GET('/api/me');
  if (error) throw new Error(`Shoebox refused: ${error.error.message}`);

  const { data: months } = await shoebox.GET('/api/timeline/buckets');
  const { data: found } = await shoebox.GET('/api/search', { params: { query: { q: searchFor, limit: 20 } } });

  return {
    name: me.user.name,
    months: (months?.buckets ?? []).map((m) => `${m.month}: ${m.photos} photos, ${m.videos} videos`),
    found: (found?.items ?? []).map((hit) => hit.fileName),
  };
}

// Every album sharing route's real answers (successes and refusals) against the OpenAPI
// document: the status is one it lists and the body validates against its schema, so a DTO
// that drifts from lib/api-docs/album-sharing.api.ts fails here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { disagreement } from '../api-docs/document-validator';
import { request, params } from '../support/factories';
import { namedUser, sharedAlbum } from './album-fixture';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const apiDir = path.resolve(import.meta.dirname, '../../app/api');

async function documented(method: string, route: string, cookie: string, p: Record<string, string>, init: { query?: string; body?: unknown } = {}) {
  const mod = (await import(path.join(apiDir, route, 'route.ts'))) as Record<string, Handler>;
  const url = `/api/${route.replace(/\[(\w+)\]/g, (_m, name: string) => p[name])}${init.query ?? ''}`;
  const res = await mod[method](request(url, { method, cookie, json: init.body }), params(p));
  const type = res.headers.get('content-type');
  const body: unknown = type?.startsWith('application/json') ? await res.json() : await res.text();
  expect(disagreement(method, route, res.status, type, body), `${method} ${route} ${JSON.stringify(body).slice(0, 300)}`).toBeNull();
  return { status: res.status, body };
}

describe('album sharing answers match the API document', () => {
  it('documents every answer of the members, household and activity routes', async () => {
    const h = await sharedAlbum();
    const anna = await namedUser('Anna');
    const id = h.album.id;
    const [item] = h.items;
    const statuses = [
      await documented('GET', 'albums/[id]/members', h.viewer.cookie, { id }),
      await documented('POST', 'albums/[id]/members', h.owner.cookie, { id }, { body: { userId: anna.id, role: 'contributor' } }),
      await documented('POST', 'albums/[id]/members', h.owner.cookie, { id }, { body: { userId: h.owner.id } }),
      await documented('PATCH', 'albums/[id]/members/[userId]', h.owner.cookie, { id, userId: anna.id }, { body: { role: 'viewer' } }),
      await documented('DELETE', 'albums/[id]/members/[userId]', h.owner.cookie, { id, userId: anna.id }),
      await documented('DELETE', 'albums/[id]/members/[userId]', h.stranger.cookie, { id, userId: anna.id }),
      await documented('GET', 'users/household', h.viewer.cookie, {}),
      await documented('POST', 'albums/[id]/activity/comments', h.viewer.cookie, { id }, { body: { body: 'Lovely', assetId: item } }),
      await documented('POST', 'albums/[id]/activity/comments', h.viewer.cookie, { id }, { body: { body: '' } }),
      await documented('PUT', 'albums/[id]/activity/like', h.contributor.cookie, { id }, { body: { liked: true } }),
      await documented('PUT', 'albums/[id]/activity/like', h.contributor.cookie, { id }, { body: { liked: true, assetId: item } }),
      await documented('GET', 'albums/[id]/activity', h.viewer.cookie, { id }),
      await documented('GET', 'albums/[id]/activity', h.viewer.cookie, { id }, { query: '?limit=1' }),
      await documented('GET', 'albums/[id]/activity', h.viewer.cookie, { id }, { query: '?cursor=x' }),
      await documented('GET', 'albums/[id]/activity/counts', h.viewer.cookie, { id }),
      await documented('GET', 'albums/[id]/activity/counts', h.viewer.cookie, { id }, { query: `?assetId=${item}` }),
    ].map((r) => r.status);
    expect(statuses).toEqual([200, 200, 422, 200, 204, 404, 200, 201, 422, 200, 200, 200, 200, 422, 200, 200]);
    const feed = (await documented('GET', 'albums/[id]/activity', h.owner.cookie, { id })).body as { entries: { kind: string; id: string }[] };
    const comment = feed.entries.find((e) => e.kind === 'comment')!;
    expect((await documented('DELETE', 'albums/[id]/activity/comments/[commentId]', h.owner.cookie, { id, commentId: comment.id })).status).toBe(204);
  });
});

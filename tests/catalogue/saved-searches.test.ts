// Saved searches (GET/POST /api/me/saved-searches, DELETE …/:id) and the safe-for-work switch
// (PATCH /api/me { blurPreviews }) against real PostgreSQL through the routes: each user sees
// and deletes only their own, names are distinct per user, the cap of 100 holds under 20
// parallel saves, and bad input is a readable 422.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET as getMe, PATCH as patchMe } from '@/app/api/me/route';
import { DELETE as deleteRoute } from '@/app/api/me/saved-searches/[id]/route';
import { GET as listRoute, POST as saveRoute } from '@/app/api/me/saved-searches/route';
import { prisma } from '@/lib/server/db';
import { getPreferences } from '@/lib/users/get-preferences';
import { createUser, params, request, signIn } from '../support/factories';

const PATH = '/api/me/saved-searches';
const save = (cookie: string, json: unknown) => saveRoute(request(PATH, { method: 'POST', cookie, json }), params({}));
const list = async (cookie: string) => (await (await listRoute(request(PATH, { cookie }), params({}))).json()).items as { id: string; name: string; query: string }[];
const remove = (cookie: string, id: string) => deleteRoute(request(`${PATH}/${id}`, { method: 'DELETE', cookie }), params({ id }));

async function signedIn() {
  const user = await createUser();
  return { user, cookie: (await signIn(user.id)).cookie };
}

describe('saved searches', () => {
  it('saves the catalogue query under a name and lists them by name, each user only their own', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const beach = await save(a.cookie, { name: 'Beach, best first', query: '?tags=11111111-1111-4111-8111-111111111111&sort=rating&view=list' });
    expect(beach.status).toBe(201);
    expect(await beach.json()).toMatchObject({ name: 'Beach, best first', query: 'tags=11111111-1111-4111-8111-111111111111&sort=rating&view=list' });
    expect((await save(a.cookie, { name: '  Unwatched  ', query: 'watched=unwatched' })).status).toBe(201);
    expect((await save(b.cookie, { name: 'Unwatched', query: 'watched=unwatched&sort=random&seed=4' })).status).toBe(201);

    expect((await list(a.cookie)).map((s) => [s.name, s.query])).toEqual([
      ['Beach, best first', 'tags=11111111-1111-4111-8111-111111111111&sort=rating&view=list'],
      ['Unwatched', 'watched=unwatched'],
    ]);
    expect((await list(b.cookie)).map((s) => s.query)).toEqual(['watched=unwatched&sort=random&seed=4']);
  });

  it('refuses a name the user already has (another user may have it)', async () => {
    const a = await signedIn();
    const b = await signedIn();
    expect((await save(a.cookie, { name: 'Long ones', query: 'durationMin=3600' })).status).toBe(201);
    const again = await save(a.cookie, { name: 'Long ones', query: 'durationMin=7200' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('You already have a saved search called “Long ones”.');
    expect((await save(b.cookie, { name: 'Long ones', query: '' })).status).toBe(201);
    expect((await list(a.cookie)).map((s) => s.query)).toEqual(['durationMin=3600']);
  });

  it('deletes only the user’s own: another user’s id is 404 like a missing one, and stays', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const mine = (await (await save(a.cookie, { name: 'Mine', query: 'liked=true' })).json()).id as string;
    const theirs = (await (await save(b.cookie, { name: 'Theirs', query: 'liked=true' })).json()).id as string;

    const foreign = await remove(a.cookie, theirs);
    const missing = await remove(a.cookie, randomUUID());
    expect([foreign.status, missing.status, (await remove(a.cookie, 'not-a-uuid')).status]).toEqual([404, 404, 404]);
    expect((await foreign.json()).error.message).toBe((await missing.json()).error.message);
    expect((await list(b.cookie)).map((s) => s.id)).toEqual([theirs]);

    expect((await remove(a.cookie, mine)).status).toBe(200);
    expect(await list(a.cookie)).toEqual([]);
  });

  it('keeps at most 100 per user: of 20 parallel saves at 95, exactly 5 are kept', async () => {
    const a = await signedIn();
    await prisma().savedSearch.createMany({ data: Array.from({ length: 95 }, (_, i) => ({ userId: a.user.id, name: `old ${i}`, query: `page=${i + 1}` })) });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => save(a.cookie, { name: `new ${i}`, query: 'sort=random' })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    const refused = await answers.find((r) => r.status === 409)!.json();
    expect(refused.error).toMatchObject({ code: 'limit_reached', details: { kind: 'savedSearch', limit: 100 } });
    expect(refused.error.message).toBe('You can keep up to 100 saved searches. Delete some to save more.');
    expect(await prisma().savedSearch.count({ where: { userId: a.user.id } })).toBe(100);
    // Another user's cap is their own.
    const b = await signedIn();
    expect((await save(b.cookie, { name: 'new 0', query: '' })).status).toBe(201);
  });

  it('answers 422 with a readable message for a bad name or query, never 500', async () => {
    const a = await signedIn();
    const cases: [unknown, string][] = [
      [{ name: '', query: '' }, 'Give the search a name.'],
      [{ name: 'x'.repeat(81), query: '' }, 'Use at most 80 characters.'],
      [{ name: 'ok', query: 'q='.padEnd(5000, 'a') }, 'A saved search keeps at most 4000 characters.'],
      [{ name: 'ok', query: 'a=1#frag' }, 'That is not a search of the catalogue.'],
    ];
    for (const [body, message] of cases) {
      const answer = await save(a.cookie, body);
      expect(answer.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(JSON.stringify(await answer.json())).toContain(message);
    }
    for (const body of [{ name: 'ok' }, { name: 5, query: '' }, { name: 'ok', query: '', extra: 1 }, ['x'], null]) {
      expect((await save(a.cookie, body)).status).toBe(422);
    }
    expect(await list(a.cookie)).toEqual([]);
  });
});

describe('safe-for-work previews (PATCH /api/me)', () => {
  it('is off for a new user, is switched by its owner only, and GET /api/me says so', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const me = async (cookie: string) => (await (await getMe(request('/api/me', { cookie }), params({}))).json()).user;
    expect((await me(a.cookie)).blurPreviews).toBe(false);

    const on = await patchMe(request('/api/me', { method: 'PATCH', cookie: a.cookie, json: { blurPreviews: true } }), params({}));
    expect(on.status).toBe(200);
    expect((await on.json()).user).toMatchObject({ id: a.user.id, blurPreviews: true });
    expect(await getPreferences(a.user.id)).toEqual({ blurPreviews: true });
    expect((await me(a.cookie)).blurPreviews).toBe(true);
    expect((await me(b.cookie)).blurPreviews).toBe(false);

    const bad = await patchMe(request('/api/me', { method: 'PATCH', cookie: a.cookie, json: { blurPreviews: 'yes' } }), params({}));
    expect(bad.status).toBe(422);
    expect(await getPreferences(a.user.id)).toEqual({ blurPreviews: true });
    expect((await patchMe(request('/api/me', { method: 'PATCH', cookie: a.cookie, json: { blurPreviews: false } }), params({}))).status).toBe(200);
    expect(await getPreferences(a.user.id)).toEqual({ blurPreviews: false });
  });
});

// CORS for API clients on other origins: off by default; with CORS_ORIGINS, a listed origin's
// page may call the API with an API key (preflight answered by proxy.ts, headers by the route
// wrapper), while a cookie-authenticated write from that origin is still refused.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/server/env';
import { proxy } from '@/proxy';
import { POST as createKey } from '@/app/api/me/api-keys/route';
import { POST as saveSearch } from '@/app/api/me/saved-searches/route';
import { createUser, params, request, signIn } from '../support/factories';

const APP = 'https://app.example.org';
const saved = env.CORS_ORIGINS;
afterEach(() => {
  env.CORS_ORIGINS = saved;
});

const preflight = (origin: string) =>
  proxy(
    new NextRequest('http://localhost:3000/api/me/saved-searches', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    }),
  );

describe('CORS', () => {
  it('answers a preflight with no CORS headers while CORS_ORIGINS is unset', async () => {
    env.CORS_ORIGINS = undefined;
    const res = preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed origin preflight and write with an API key, never with the cookie', async () => {
    env.CORS_ORIGINS = [APP];
    const ok = preflight(APP);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preflight('https://evil.example.net').headers.get('access-control-allow-origin')).toBeNull();

    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const key = await (await createKey(request('/api/me/api-keys', { method: 'POST', cookie, json: { name: 'app', scope: 'read_write' } }), params({}))).json();
    const crossSite = { origin: APP, 'sec-fetch-site': 'cross-site' };
    const withKey = await saveSearch(
      request('/api/me/saved-searches', { method: 'POST', headers: { ...crossSite, authorization: `Bearer ${key.secret}` }, json: { name: 'Liked', query: 'liked=true' } }),
      params({}),
    );
    expect(withKey.status).toBe(201);
    expect(withKey.headers.get('access-control-allow-origin')).toBe(APP);
    const withCookie = await saveSearch(request('/api/me/saved-searches', { method: 'POST', cookie, headers: crossSite, json: { name: 'Mine', query: 'liked=true' } }), params({}));
    expect(withCookie.status).toBe(403);
  });
});

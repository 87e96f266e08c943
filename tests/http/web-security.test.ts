// CSRF refusals on cookie writes and the headers every API response carries, here with an
// https PUBLIC_URL (Secure __Host- cookie, HSTS).
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

process.env.PUBLIC_URL = 'https://photos.example.org';
const { POST: login } = await import('@/app/api/auth/login/route');
const { PATCH: updateMe, GET: me } = await import('@/app/api/me/route');
const { prisma } = await import('@/lib/server/db');
const { proxy } = await import('@/proxy');
const { createUser, request, signIn } = await import('../support/factories');

describe('CSRF', () => {
  it('refuses cookie writes from another origin, a null origin or a cross-site fetch, and allows our own', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const patch = (headers: Record<string, string>) =>
      updateMe(request('/api/me', { method: 'PATCH', cookie, headers, json: { name: 'Mallory' } }));
    expect((await patch({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await patch({ origin: 'null' })).status).toBe(403);
    expect((await patch({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Test User');
    expect((await patch({ origin: 'https://photos.example.org', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('same origin, whatever address the browser used', () => {
  const setupLike = (headers: Record<string, string>) => login(request('/api/auth/login', { method: 'POST', headers, json: { email: 'nobody@example.test', password: 'x' } }));

  it('accepts sign-in from 127.0.0.1, a LAN address or a second host name reaching this server', async () => {
    // PUBLIC_URL is https://photos.example.org; people still open the server by other names.
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000', 'shoebox.test:3000']) {
      const res = await setupLike({ host, origin: `http://${host}` });
      expect(res.status, host).toBe(401); // past the origin check: wrong credentials, not 403
    }
    // Behind a proxy that rewrites Host, the browser's own Sec-Fetch-Site still says same-origin.
    expect((await setupLike({ host: 'backend:3000', origin: 'https://shoebox.lan', 'sec-fetch-site': 'same-origin' })).status).toBe(401);
  });

  it('still refuses another site, and says what to configure', async () => {
    const refused = await setupLike({ host: '192.168.1.20:3000', origin: 'http://evil.example' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/PUBLIC_URL/);
    expect((await setupLike({ host: 'evil.example', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await setupLike({ host: '192.168.1.20:3000', origin: 'http://sub.192.168.1.20:3000', 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await setupLike({ host: '192.168.1.20:3000', origin: 'null' })).status).toBe(403);
  });
});

describe('headers', () => {
  it('sends nosniff and HSTS, and a Secure __Host- session cookie over https', async () => {
    const user = await createUser();
    const res = await login(request('/api/auth/login', { method: 'POST', json: { email: user.email, password: user.password } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-shoebox\.session=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; Path=\//);
    const page = proxy(new NextRequest('https://photos.example.org/settings'));
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const denied = await me(request('/api/me'));
    expect(denied.status).toBe(401);
    expect(denied.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('Content-Security-Policy of pages', () => {
  it('allows scripts by a fresh nonce, never by unsafe-inline, and hands the nonce to Next', () => {
    const nonces = [0, 1].map(() => {
      const res = proxy(new NextRequest('https://photos.example.org/'));
      const csp = res.headers.get('content-security-policy')!;
      const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
      expect(scriptSrc).not.toContain('unsafe-inline');
      const nonce = /'nonce-([A-Za-z0-9+/=]{20,})'/.exec(scriptSrc)![1];
      // Next reads the policy from the request headers it is handed to mark its own scripts.
      expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

// One way a browser signs in: first-run setup hands out the very session cookie a login does
// (same name and attributes, a session row of its own, the device cookie too), because both go
// through lib/auth/start-browser-session.ts and lib/auth/session-cookie.ts; logout clears that
// same cookie. (Setup used to leave signing in to next-auth's own endpoint and cookie code.)
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { GET as me } from '@/app/api/me/route';
import { POST as setup } from '@/app/api/setup/route';
import { prisma } from '@/lib/server/db';
import { request } from '../support/factories';

interface SetCookie {
  name: string;
  pair: string;
  attributes: string[];
}

function cookiesOf(res: Response): SetCookie[] {
  return res.headers.getSetCookie().map((header) => {
    const [pair, ...attributes] = header.split(';').map((p) => p.trim());
    return { name: pair.slice(0, pair.indexOf('=')), pair, attributes: attributes.sort() };
  });
}

const sessionCookieOf = (res: Response) => cookiesOf(res).find((c) => c.name === 'shoebox.session')!;

describe('browser sign-in', () => {
  it('signs the first administrator in at setup with the same cookie a login gives', async () => {
    const admin = { email: 'first@example.test', name: 'First', password: 'the first admin passphrase' };
    const fromSetup = await setup(request('/api/setup', { method: 'POST', json: admin, headers: { 'user-agent': 'Firefox test' } }));
    expect(fromSetup.status).toBe(201);
    expect(fromSetup.headers.get('cache-control')).toBe('no-store');
    const setupCookies = cookiesOf(fromSetup);
    expect(setupCookies.map((c) => c.name).sort()).toEqual(['shoebox.device', 'shoebox.session']);
    const setupSession = sessionCookieOf(fromSetup);
    expect(setupSession.attributes).toEqual(['HttpOnly', `Max-Age=${30 * 24 * 60 * 60}`, 'Path=/', 'SameSite=Lax']);

    // The cookie is a real session: the API knows the admin by it, and the row says which browser.
    const asAdmin = await me(request('/api/me', { cookie: setupSession.pair }));
    expect(asAdmin.status).toBe(200);
    expect((await asAdmin.json()).user).toMatchObject({ email: admin.email, role: 'admin' });
    const [row] = await prisma().session.findMany();
    expect(row).toMatchObject({ kind: 'browser', userAgent: 'Firefox test' });

    const fromLogin = await login(request('/api/auth/login', { method: 'POST', json: { email: admin.email, password: admin.password } }));
    expect(fromLogin.status).toBe(200);
    const loginSession = sessionCookieOf(fromLogin);
    expect(loginSession.attributes).toEqual(setupSession.attributes);
    expect(loginSession.pair).not.toBe(setupSession.pair);
    expect(cookiesOf(fromLogin).find((c) => c.name === 'shoebox.device')!.attributes).toEqual(
      setupCookies.find((c) => c.name === 'shoebox.device')!.attributes,
    );

    // Logout clears that same cookie (same name and attributes, aged 0) and ends the row.
    const out = await logout(request('/api/auth/logout', { method: 'POST', cookie: setupSession.pair }));
    expect(out.status).toBe(200);
    const cleared = sessionCookieOf(out);
    expect(cleared.pair).toBe('shoebox.session=');
    expect(cleared.attributes).toEqual(setupSession.attributes.map((a) => (a.startsWith('Max-Age=') ? 'Max-Age=0' : a)));
    expect((await me(request('/api/me', { cookie: setupSession.pair }))).status).toBe(401);
    expect((await me(request('/api/me', { cookie: loginSession.pair }))).status).toBe(200);
  });
});

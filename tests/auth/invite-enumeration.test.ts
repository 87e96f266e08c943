// One invitation must not be a way to test addresses for accounts: a taken address gets the
// same answer as an address the invitation is not for (no "exists"), and an invitation can be
// tried only a few times in all, from any number of addresses.
import { describe, expect, it } from 'vitest';
import { POST as createInvite } from '@/app/api/admin/invites/route';
import { POST as register } from '@/app/api/auth/register/route';
import { prisma } from '@/lib/server/db';
import { INVITE_ATTEMPTS } from '@/lib/users/register-with-invite';
import { createUser, request, signIn } from '../support/factories';

async function invite(body: Record<string, unknown> = {}): Promise<string> {
  const admin = await createUser({ role: 'admin' });
  const res = await createInvite(request('/api/admin/invites', { method: 'POST', cookie: (await signIn(admin.id)).cookie, json: body }));
  return new URL((await res.json()).url).searchParams.get('invite')!;
}

const attempt = (token: string, email: string, ip: string) =>
  register(request('/api/auth/register', {
    method: 'POST',
    headers: { 'x-forwarded-for': ip },
    json: { invite: token, email, name: 'Eve', password: 'a long and fine passphrase' },
  }));

describe('registration with an invitation', () => {
  it('answers a taken address exactly as an address the invitation is not for', async () => {
    const existing = await createUser();
    const open = await invite();
    const taken = await attempt(open, existing.email, '192.0.2.10');
    const bound = await invite({ email: 'someone@example.test' });
    const notFor = await attempt(bound, 'other@example.test', '192.0.2.11');
    expect(taken.status).toBe(notFor.status);
    const [a, b] = [await taken.json(), await notFor.json()];
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toMatch(/exist|already|sign in/i);
    // The invitation still works for a new address.
    expect((await attempt(open, 'fresh@example.test', '192.0.2.12')).status).toBe(201);
  });

  it(`allows ${INVITE_ATTEMPTS} attempts per invitation in all, whatever the client address`, async () => {
    const token = await invite();
    for (let i = 0; i < INVITE_ATTEMPTS; i++) {
      const existing = await createUser();
      expect((await attempt(token, existing.email, `198.51.100.${i + 1}`)).status).toBe(422);
    }
    const over = await attempt(token, 'new-person@example.test', '198.51.100.99');
    expect(over.status).toBe(429);
    expect(await prisma().user.count({ where: { email: 'new-person@example.test' } })).toBe(0);
  });

  it('counts a burst of 200 parallel attempts before looking at them: at most the bound get past', async () => {
    const token = await invite();
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => attempt(token, users[i % 3].email, `10.66.${i >> 8}.${i & 255}`)),
    );
    expect(responses.filter((r) => r.status !== 429).length).toBeLessThanOrEqual(INVITE_ATTEMPTS);
  });
});

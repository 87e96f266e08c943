// Anonymous requests must not be able to make the server hash passwords at will: the reset
// form and registration check the link or invitation before hashing the new password, both
// are limited per IP, and a process hashes only a few passwords at a time — so a flood of
// hashing cannot starve a signed-in user's requests.
import { describe, expect, it } from 'vitest';
import { POST as register } from '@/app/api/auth/register/route';
import { POST as reset } from '@/app/api/auth/reset-password/route';
import { GET as me } from '@/app/api/me/route';
import { hashPassword, hashSlots } from '@/lib/auth/password';
import { LIMITS } from '@/lib/auth/rate-limit';
import { createUser, request, signIn } from '../support/factories';

const FLOOD = 64;
const longPassword = 'correct horse battery staple '.repeat(8).slice(0, 256);
const post = (path: string, json: unknown, ip: string) => request(path, { method: 'POST', json, headers: { 'x-forwarded-for': ip } });
const bogusReset = (i: number, ip: string) => reset(post('/api/auth/reset-password', { token: `bogus-reset-token-${i}-xxxxxxxx`, password: longPassword }, ip));
const bogusRegister = (i: number, ip: string) =>
  register(post('/api/auth/register', { invite: `bogus-invite-token-${i}-xxxxxxxx`, email: `flood${i}@example.test`, name: 'F', password: longPassword }, ip));

describe('anonymous hashing flood', () => {
  it('limits reset-password per IP: of 64 parallel bogus resets, at most 10 are looked at', async () => {
    const responses = await Promise.all(Array.from({ length: FLOOD }, (_, i) => bogusReset(i, '203.0.113.77')));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(LIMITS.resetPasswordIp.max);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(FLOOD - LIMITS.resetPasswordIp.max);
    const registrations = await Promise.all(Array.from({ length: FLOOD }, (_, i) => bogusRegister(i, '203.0.113.78')));
    expect(registrations.filter((r) => r.status === 400).length).toBeLessThanOrEqual(LIMITS.inviteIp.max);
  });

  it('answers bogus links and invitations without hashing, and signed-in requests go on, while the hashing line is full', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    // Fill every slot and the whole waiting line, as a flood would.
    const flood = Array.from({ length: hashSlots.size + hashSlots.maxWaiting }, () => hashPassword(longPassword));
    await expect(hashPassword(longPassword)).rejects.toMatchObject({ code: 'unavailable' });
    const [resetRes, registerRes, meRes] = await Promise.all([bogusReset(0, '192.0.2.90'), bogusRegister(0, '192.0.2.91'), me(request('/api/me', { cookie }))]);
    expect(resetRes.status).toBe(400);
    expect(registerRes.status).toBe(400);
    expect(meRes.status).toBe(200);
    await Promise.all(flood);
  });
});

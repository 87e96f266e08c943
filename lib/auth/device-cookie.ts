// OWASP's device cookie: a browser that signed in to an account keeps a signed, HttpOnly cookie
// naming that account. Its wrong passwords count against a limit of its own (per browser and
// account), so strangers' guesses, which lock the account for unknown browsers, cannot lock
// out the owner. The cookie is signed with the auth secret: a browser can only name accounts
// it signed in to. One cookie per browser holds up to a few accounts (a shared computer).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { authSecret } from './auth-secret';

const MAX_ACCOUNTS = 8;

export interface Device {
  id: string;
  userIds: string[];
}

const sign = (body: string) => createHmac('sha256', authSecret()).update(`shoebox device cookie:${body}`).digest('base64url');

function readDeviceCookie(value: string | undefined): Device | null {
  if (!value || value.length > 1000) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 0) return null;
  const body = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [id, ...userIds] = body.split('~');
  return id ? { id, userIds } : null;
}

/** The device id under which this browser's failures for this account are counted, or null. */
export function trustedDeviceFor(value: string | undefined, userId: string): string | null {
  const device = readDeviceCookie(value);
  return device?.userIds.includes(userId) ? device.id : null;
}

/** The cookie value after a successful sign-in to `userId` (keeps the browser's id). */
export function rememberDevice(value: string | undefined, userId: string): string {
  const device = readDeviceCookie(value);
  const id = device?.id ?? randomBytes(16).toString('base64url');
  const userIds = [userId, ...(device?.userIds ?? []).filter((u) => u !== userId)].slice(0, MAX_ACCOUNTS);
  const body = [id, ...userIds].join('~');
  return `${body}.${sign(body)}`;
}

// An admin invites someone: a single-use link valid for N days (7 by default), optionally
// bound to an email address, which then also receives it by mail. The link is always handed
// back to the admin to copy (and is the only way to deliver it when mail is off).
import { newSecretToken } from '@/lib/auth/secret-token';
import { queueMail } from '@/lib/mail/queue-mail';
import { prisma } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import type { SessionUser } from '@/lib/auth/auth.schemas';
import type { CreateInviteInput } from './users.schemas';
import { insertInvite } from './users.queries';

export async function createInvite(admin: SessionUser, input: CreateInviteInput) {
  const { token, hash } = newSecretToken();
  const url = `${env.PUBLIC_URL}/register?invite=${encodeURIComponent(token)}`;
  const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000);
  return prisma().$transaction(async (tx) => {
    const invite = await insertInvite(tx, { tokenHash: hash, email: input.email ?? null, role: input.role, createdById: admin.id, expiresAt });
    const mailed = input.email
      ? await queueMail(tx, { template: 'invite', to: input.email, data: { url, inviterName: admin.name, expiresAt: expiresAt.toISOString() } })
      : false;
    return { invite, url, mailed };
  });
}

// The auth:cleanup-tokens cron task forgets what can no longer be used and keeps what can.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import cleanupTask from '@/worker/tasks/auth-cleanup-tokens';
import { createUser, signIn } from '../support/factories';
import { runTasks } from '../support/run-tasks';

describe('auth:cleanup-tokens', () => {
  it('deletes expired tokens, long-ended sessions and stale rate limits, and keeps live ones', async () => {
    const user = await createUser();
    const past = new Date(Date.now() - 60_000);
    const live = await signIn(user.id);
    const expired = await signIn(user.id);
    await prisma().session.update({ where: { id: expired.sessionId }, data: { expiresAt: past } });
    await prisma().passwordResetToken.createMany({
      data: [
        { userId: user.id, tokenHash: 'expired', expiresAt: past },
        { userId: user.id, tokenHash: 'live', expiresAt: new Date(Date.now() + 3600_000) },
      ],
    });
    await prisma().accessToken.createMany({
      data: [
        { sessionId: live.sessionId, tokenHash: 'old-access', expiresAt: past },
        { sessionId: live.sessionId, tokenHash: 'new-access', expiresAt: new Date(Date.now() + 600_000) },
      ],
    });
    await prisma().rateLimit.createMany({
      data: [
        { key: 'login:ip:old', windowStart: new Date(Date.now() - 2 * 86400_000), hits: 3 },
        { key: 'login:ip:new', windowStart: new Date(), hits: 3 },
      ],
    });
    await prisma().$executeRaw`SELECT graphile_worker.add_job('auth:cleanup-tokens', '{}'::json)`;
    await runTasks({ 'auth:cleanup-tokens': cleanupTask });

    expect((await prisma().session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([live.sessionId]);
    expect((await prisma().passwordResetToken.findMany()).map((t) => t.tokenHash)).toEqual(['live']);
    expect((await prisma().accessToken.findMany()).map((t) => t.tokenHash)).toEqual(['new-access']);
    expect((await prisma().rateLimit.findMany()).map((r) => r.key)).toEqual(['login:ip:new']);
  });
});

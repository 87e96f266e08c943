// A job whose run takes the worker process down (here: kill -9 while it runs, as the kernel's
// OOM killer or a crashing decoder would) must not crash-loop the worker. The launcher
// restarts the real worker; after the second crash in that job the job is set aside as failed
// with a reason an admin can read in /admin/jobs, it is never run again, and the worker goes
// on with other work.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { enqueue } from '@/lib/jobs/enqueue';
import { Supervisor } from '@/scripts/launcher/supervisor';
import { workerChildSpec } from '@/scripts/launcher/worker-child';
import { waitFor } from '../support/worker-process';

// An SMTP server that accepts connections and never greets: a mail job then runs (holds its
// lock) for as long as we like, which gives the test a job to crash the worker in.
const silent = net.createServer(() => undefined);
await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
const smtpPort = (silent.address() as net.AddressInfo).port;

const supervisor = new Supervisor({ backoff: { baseMs: 300, maxMs: 1_000, stableAfterMs: 60_000 } });
afterAll(async () => {
  await supervisor.stopAll(['worker'], 5_000);
  silent.close();
});

async function mailJob() {
  const [row] = await prisma().$queryRaw<{ id: bigint; locked_by: string | null; attempts: number; max_attempts: number; last_error: string | null }[]>`
    SELECT id, locked_by, attempts, max_attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = 'mail:send'`;
  return row;
}

async function crashWorkerDuringTheJob(attempt: number): Promise<void> {
  await waitFor(async () => {
    const job = await mailJob();
    return job?.locked_by && job.attempts === attempt && supervisor.status('worker')?.state === 'running';
  }, `the worker to run the mail job (attempt ${attempt})`);
  process.kill(supervisor.status('worker')!.pid!, 'SIGKILL');
}

describe('a job that crashes the worker', () => {
  it('is set aside as failed after two crashes, and the worker keeps working', async () => {
    const env = { ...process.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), LOG_LEVEL: 'warn', LOG_FORMAT: 'json' as const };
    await enqueue(prisma(), 'mail:send', { template: 'password-reset', to: 'ann@example.com', data: { url: 'http://localhost:3000/reset-password?token=x', name: 'Ann' } });
    supervisor.start({ ...workerChildSpec(env, () => undefined), stdio: 'pipe' });

    await crashWorkerDuringTheJob(1);
    await crashWorkerDuringTheJob(2);

    const failure = await waitFor(() => prisma().jobFailure.findFirst({ where: { task: 'mail:send' } }), 'the failure report');
    expect(failure.message).toBe('the worker crashed while processing this job');
    expect(failure.resolvedAt).toBeNull();
    // The report and the job's release are two writes: wait for the job to be released too.
    const job = await waitFor(async () => {
      const row = await mailJob();
      return row && row.locked_by === null ? row : null;
    }, 'the poison job released');
    expect(job.locked_by).toBeNull();
    expect(job.attempts).toBe(job.max_attempts); // graphile-worker will not run it again
    expect(job.last_error).toMatch(/crashed twice/);

    // The restarted worker is up and does other work; the poison job stays put.
    await enqueue(prisma(), 'timeline:refresh-counts', {});
    await waitFor(async () => {
      const [row] = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'timeline:refresh-counts'`;
      return Number(row.n) === 0;
    }, 'the next job to run');
    expect(supervisor.status('worker')).toMatchObject({ state: 'running', crashes: 2 });
    expect(await mailJob()).toMatchObject({ locked_by: null, attempts: job.max_attempts });
    expect(await prisma().jobFailure.count({ where: { task: 'mail:send' } })).toBe(1);
  }, 180_000);
});

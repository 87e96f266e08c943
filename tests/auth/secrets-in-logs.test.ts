// No token, password, cookie or key ever reaches the log: every flow that issues or takes one
// runs in a child process whose log (stdout, JSON, at debug level) is captured — once with mail
// off (its jobs run in that process), once with mail on — then a real worker process sends the
// queued mail (graphile-worker logs each job it completes). Every secret issued, the links in the mails included, is then
// searched for in all of that output.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { startSmtp } from '../support/smtp';
import { waitFor } from '../support/worker-process';

const smtp = await startSmtp();
afterAll(() => smtp.close());
const mailOn = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Shoebox <shoebox@example.test>' };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'shoebox-secrets-'));

function runNode(args: string[], env: Record<string, string>) {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, SMTP_HOST: '', LOG_LEVEL: 'debug', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function runFlows(tag: string, env: Record<string, string>, ...then: string[]) {
  const file = path.join(tmp, `${tag}.json`);
  const run = runNode(['tests/support/secret-flows.ts', file, tag, ...then], env);
  expect(await run.exited, run.output()).toBe(0);
  return { output: run.output(), secrets: JSON.parse(readFileSync(file, 'utf8')) as string[] };
}

const queuedJobs = async () => Number((await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`)[0].n);

it('logs no token, password, cookie or key in any account flow, web or worker', { timeout: 180_000 }, async () => {
  // Mail off: the jobs run in the same process (the reset request is only noted for the admins).
  const off = await runFlows('off', {}, 'run-jobs');
  expect(await queuedJobs()).toBe(0);
  expect(smtp.messages).toHaveLength(0);
  const on = await runFlows('on', mailOn);
  expect(await queuedJobs()).toBeGreaterThan(0);

  const worker = runNode(['worker/index.ts', '--concurrency', '1', '--no-watch'], mailOn);
  try {
    await waitFor(async () => (await queuedJobs()) === 0 && smtp.messages.length >= 2, 'the worker to send the queued mail', 120_000);
  } finally {
    worker.child.kill('SIGTERM');
    await worker.exited;
  }

  // The mailed links are live tokens too (the invite, and the resets the worker made).
  const mailed = smtp.messages
    .flatMap((m) => String(m.text).match(/https?:\/\/\S+/g) ?? [])
    .map((l) => new URL(l))
    .map((u) => u.searchParams.get('invite') ?? u.searchParams.get('token'))
    .filter((t): t is string => Boolean(t));
  // Mail on: the invite and the reset the worker made; mail off queued no mail at all.
  expect(smtp.messages).toHaveLength(2);
  expect(mailed).toHaveLength(2);
  const secrets = [...off.secrets, ...on.secrets, ...mailed];
  expect(secrets.length).toBeGreaterThan(30);

  const log = [off.output, on.output, worker.output()].join('\n');
  // The log is there and says what happened: requests, logins, the jobs the worker completed.
  expect(log).toContain('"msg":"request"');
  expect(log).toContain('"msg":"login"');
  expect(log).toMatch(/Completed task \d+ \(mail:send/);
  for (const secret of secrets) {
    expect(log.includes(secret), `a secret (${secret.slice(0, 6)}…) is in the log`).toBe(false);
    expect(log.includes(encodeURIComponent(secret)), `a secret (${secret.slice(0, 6)}…) is in the log`).toBe(false);
  }
});

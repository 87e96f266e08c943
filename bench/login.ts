// Login figures: p50/p95 latency of POST /api/auth/login with the real argon2id cost
// (m=19456 KiB, t=2, p=1), and how many passwords one IP can try against one account before
// the limit answers 429 — compared with the limit (10 per 15 minutes).
// Run: node --import tsx bench/login.ts   (starts a throwaway embedded PostgreSQL unless
// BENCH_DATABASE_URL names an empty database to use).
import { startBenchDatabase } from './support/bench-database';

const SAMPLES = 40;


const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// The app reads its configuration once, at import: the database and settings first, imports after.
const bench = await startBenchDatabase({ logLevel: 'silent' });

const { POST: login } = await import('../app/api/auth/login/route');
const { POST: forgot } = await import('../app/api/auth/forgot-password/route');
const { hashPassword } = await import('../lib/auth/password');
const { prisma, disconnectPrisma } = await import('../lib/server/db');
const { LIMITS } = await import('../lib/auth/rate-limit');

const email = 'bench@example.test';
const password = 'a long bench passphrase';
await prisma().user.create({ data: { email, name: 'Bench', passwordHash: await hashPassword(password) } });

const post = (pw: string, ip: string) =>
  login(new Request('http://localhost:3000/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password: pw }),
  }));

// Warm-up (JIT, connection pool), then successful logins from distinct addresses.
for (let i = 0; i < 3; i++) await post(password, '10.0.0.1');
const times: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const started = performance.now();
  const res = await post(password, `10.0.1.${i}`);
  times.push(performance.now() - started);
  if (res.status !== 200) throw new Error(`login answered ${res.status}`);
}
times.sort((a, b) => a - b);

// One IP, one account, wrong passwords until the limit answers.
let attempts = 0;
let retryAfter = '';
for (;;) {
  const res = await post(`guess-${attempts}`, '203.0.113.50');
  if (res.status === 429) {
    retryAfter = res.headers.get('retry-after') ?? '';
    break;
  }
  attempts++;
  if (attempts > 1000) throw new Error('no limit reached after 1000 attempts');
}
// "Forgot password" for a known and an unknown address, interleaved so warm-up and load hit
// both alike: the answers should take about as long.
async function timeReset(address: string, i: number): Promise<number> {
  await prisma().rateLimit.deleteMany(); // measure the work, not the limiter
  const started = performance.now();
  const res = await forgot(new Request('http://localhost:3000/api/auth/forgot-password', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.2.${i}` },
    body: JSON.stringify({ email: address }),
  }));
  if (res.status !== 202) throw new Error(`forgot-password answered ${res.status}`);
  return performance.now() - started;
}
const knownTimes: number[] = [];
const unknownTimes: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  knownTimes.push(await timeReset(email, i));
  unknownTimes.push(await timeReset('nobody@example.test', i));
}
const resetKnown = percentile(knownTimes.sort((a, b) => a - b), 50);
const resetUnknown = percentile(unknownTimes.sort((a, b) => a - b), 50);

const limit = LIMITS.loginAccount;
const windowMin = limit.windowSeconds / 60;

console.log(`login p50: ${percentile(times, 50).toFixed(1)} ms, p95: ${percentile(times, 95).toFixed(1)} ms (${SAMPLES} logins, argon2id m=19456 t=2 p=1, route handler + PostgreSQL)`);
console.log(`password attempts from one IP against one account before 429: ${attempts} per ${windowMin} min (limit ${limit.max}; ratio ${(attempts / limit.max).toFixed(2)}), Retry-After ${retryAfter}s`);
console.log(`reset request p50: known address ${resetKnown.toFixed(1)} ms, unknown ${resetUnknown.toFixed(1)} ms (ratio ${(resetKnown / resetUnknown).toFixed(2)}; the lookup and the mail happen in the worker)`);
console.log(`=> at most ${attempts} guesses / ${windowMin} min = ${((attempts * 4 * 24)).toFixed(0)} guesses per day per account`);

await disconnectPrisma();
await bench.stop();

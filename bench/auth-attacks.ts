// Two attacks on the auth endpoints (issue 9), measured on the route handlers in one process
// as a web process runs them, against a real PostgreSQL:
//  (a) a burst of N parallel wrong passwords plus one right one at one account, each from its
//      own address (a botnet): how many were checked — got past the per-account limit — and
//      whether the right password signed in.
//  (b) a signed-in user's GET /api/me and GET /api/timeline/buckets latency, first alone, then
//      while 64 anonymous clients flood POST /api/auth/reset-password and /api/auth/register
//      with bogus tokens and 256-character passwords (a fresh address per request), printed
//      with the ratio to the unflooded figure of the same run.
//      Attackers fire at a fixed rate each (open loop, as a botnet does), and the same flood is
//      aimed at an endpoint that never hashed as a control: what any request costs.
// Run: node --import tsx bench/auth-attacks.ts [--burst 1000] [--clients 64] [--rate 5] [--seconds 5] [--only a|b] [--no-control]
//   (starts a throwaway embedded PostgreSQL unless BENCH_DATABASE_URL names an empty database).
import { startBenchDatabase } from './support/bench-database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const BURST = Number(arg('burst', '1000'));
const CLIENTS = Number(arg('clients', '64'));
const SECONDS = Number(arg('seconds', '5'));
const RATE = Number(arg('rate', '2'));
const ONLY = arg('only', 'ab');

// The app reads its configuration once, at import: the database and settings first, imports after.
const bench = await startBenchDatabase({ logLevel: 'silent' });

const { POST: login } = await import('../app/api/auth/login/route');
const { POST: reset } = await import('../app/api/auth/reset-password/route');
const { POST: register } = await import('../app/api/auth/register/route');
const { POST: refresh } = await import('../app/api/auth/refresh/route');
const { GET: me } = await import('../app/api/me/route');
const { GET: buckets } = await import('../app/api/timeline/buckets/route');
const { hashPassword } = await import('../lib/auth/password');
const { createSession } = await import('../lib/auth/auth.queries');
const { sealSession, SESSION_COOKIE } = await import('../lib/auth/session-cookie');
const { LIMITS } = await import('../lib/auth/rate-limit');
const { prisma, disconnectPrisma } = await import('../lib/server/db');

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
/** A different address per request: an attacker with many machines. */
let addressCounter = 0;
const nextAddress = () => {
  const n = addressCounter++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
const post = (route: string, json: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextAddress(), ...headers },
    body: JSON.stringify(json),
  });

async function makeUser(email: string, password: string) {
  return prisma().user.create({ data: { email, name: 'Bench', passwordHash: await hashPassword(password) } });
}

async function burst(): Promise<void> {
  const email = 'target@example.test';
  const password = 'the real long passphrase';
  await makeUser(email, password);
  const started = performance.now();
  const wrong = Array.from({ length: BURST }, (_, i) => login(post('/api/auth/login', { email, password: `guess-${i}` })));
  const right = login(post('/api/auth/login', { email, password }));
  const statuses = (await Promise.all([...wrong, right])).map((r) => r.status);
  const seconds = (performance.now() - started) / 1000;
  const checked = statuses.slice(0, BURST).filter((s) => s === 401).length;
  const limited = statuses.filter((s) => s === 429).length;
  const max = LIMITS.loginAccount.max;
  console.log(
    `(a) ${BURST} parallel wrong passwords + 1 right at one account, ${BURST + 1} addresses: ${checked} checked (401), ${limited} refused (429); ` +
      `limit ${max} → ${(checked / max).toFixed(1)}× the limit got past; right password: ${statuses.at(-1) === 200 ? 'SIGNED IN' : `refused (${statuses.at(-1)})`}; ${seconds.toFixed(1)} s`,
  );
}

async function measure(cookie: string, seconds: number): Promise<{ me: number[]; buckets: number[] }> {
  const out = { me: [] as number[], buckets: [] as number[] };
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    let t = performance.now();
    if ((await me(new Request('http://localhost:3000/api/me', { headers: { cookie } }))).status !== 200) throw new Error('/api/me failed');
    out.me.push(performance.now() - t);
    t = performance.now();
    if ((await buckets(new Request('http://localhost:3000/api/timeline/buckets', { headers: { cookie } }))).status !== 200) throw new Error('buckets failed');
    out.buckets.push(performance.now() - t);
  }
  return out;
}

type Attack = (c: number, i: number) => Promise<Response>;

/** Open-loop attackers: each client fires RATE requests a second without waiting for answers. */
async function underFlood(cookie: string, attack: Attack) {
  const statuses = new Map<number, number>();
  let sent = 0;
  let answered = 0;
  let stop = false;
  const client = async (c: number) => {
    for (let i = 0; !stop; i++) {
      sent++;
      void attack(c, i).then((res) => {
        answered++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      });
      await new Promise((r) => setTimeout(r, 1000 / RATE));
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
  const started = performance.now();
  const flooded = await measure(cookie, SECONDS);
  const wall = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(clients);
  const answers = [...statuses.entries()].sort().map(([s, n]) => `${n}×${s}`).join(', ');
  return { flooded, summary: `${sent} sent, ${answered} answered (${answers}), ${sent - answered} still waiting after ${wall.toFixed(1)} s` };
}

function report(name: string, alone: number[], flooded: number[]): string {
  const [a50, a95, f50, f95] = [pct(alone, 50), pct(alone, 95), pct(flooded, 50), pct(flooded, 95)];
  const [aMax, fMax] = [Math.max(...alone), Math.max(...flooded)];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [aMean, fMean] = [mean(alone), mean(flooded)];
  return (
    `${name} mean ${fMean.toFixed(1)} ms (${(fMean / aMean).toFixed(1)}× alone), p50 ${f50.toFixed(1)} ms (${(f50 / a50).toFixed(1)}×), ` +
    `p95 ${f95.toFixed(1)} ms (${(f95 / a95).toFixed(1)}×), max ${fMax.toFixed(0)} ms (${(fMax / aMax).toFixed(1)}×), ${flooded.length} requests`
  );
}

async function flood(): Promise<void> {
  const user = await makeUser('reader@example.test', 'another long passphrase');
  const session = await createSession(user.id, { userAgent: 'bench' });
  const cookie = `${SESSION_COOKIE}=${await sealSession(user.id, session.id)}`;
  await measure(cookie, 0.5); // warm-up: JIT, session cache, pool
  const alone = await measure(cookie, SECONDS);
  console.log(
    `(b) signed-in user alone: GET /api/me p50 ${pct(alone.me, 50).toFixed(1)} ms, p95 ${pct(alone.me, 95).toFixed(1)} ms; ` +
      `GET /api/timeline/buckets p50 ${pct(alone.buckets, 50).toFixed(1)} ms, p95 ${pct(alone.buckets, 95).toFixed(1)} ms (${alone.me.length} requests each)`,
  );
  const longPassword = 'correct horse battery staple '.repeat(9).slice(0, 256);
  const attacks: [string, Attack][] = [
    [
      'bogus reset-password/register, 256-char passwords',
      (c, i) =>
        i % 2
          ? register(post('/api/auth/register', { invite: `bogus-invite-${c}-${i}-xxxxxxxxxxxx`, email: `f${c}-${i}@example.test`, name: 'F', password: longPassword }))
          : reset(post('/api/auth/reset-password', { token: `bogus-reset-${c}-${i}-xxxxxxxxxxxx`, password: longPassword })),
    ],
    // The control: the same flood at an endpoint that never hashed, i.e. what any request costs.
    ['control: bogus refresh tokens (never hashed)', (c, i) => refresh(post('/api/auth/refresh', { refreshToken: `sbr_bogus-${c}-${i}-xxxxxxxxxxxx` }))],
  ];
  for (const [name, attack] of attacks.slice(0, process.argv.includes('--no-control') ? 1 : 2)) {
    const { flooded, summary } = await underFlood(cookie, attack);
    console.log(`    flood of ${CLIENTS} clients × ${RATE}/s for ${SECONDS} s — ${name}: ${summary}`);
    console.log(`      signed-in ${report('GET /api/me', alone.me, flooded.me)}; ${report('GET /api/timeline/buckets', alone.buckets, flooded.buckets)}`);
  }
}

let failed = false;
try {
  if (ONLY.includes('a')) await burst();
  if (ONLY.includes('b')) await flood();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  // Old code may still have attackers' hashes queued: leave without waiting for them.
  await disconnectPrisma().catch(() => undefined);
  await bench.stop();
  process.exit(failed ? 1 : 0);
}

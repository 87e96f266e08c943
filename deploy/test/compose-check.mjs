// The end-to-end check compose-smoke.sh runs against Shoebox brought up by docker-compose.yml,
// over HTTP only, the way a person's browser and mail client would see it. Plain Node (no
// tsx, no app code): it runs on the host against the containers.
//   node compose-check.mjs first STATE_FILE   set up, add the library, thumbnails, invite mail
//   node compose-check.mjs again STATE_FILE   after down + up: same users, assets, thumbnails,
//                                             and WORKERS workers heartbeating
// Env: SHOEBOX_URL, MAILPIT_URL, PHOTO_COUNT, WORKERS.
import { readFileSync, writeFileSync } from 'node:fs';

const [phase, stateFile] = process.argv.slice(2);
const base = process.env.SHOEBOX_URL;
const mailpit = process.env.MAILPIT_URL;
const photoCount = Number(process.env.PHOTO_COUNT);
const workers = Number(process.env.WORKERS ?? 1);
const WAIT_MS = 240_000;

function say(message) {
  console.log(`[compose-check] ${message}`);
}

function fail(message) {
  throw new Error(message);
}

/** Polls `probe` every second until it returns a value (not undefined) or the wait is over. */
async function waitFor(what, probe) {
  const deadline = Date.now() + WAIT_MS;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  fail(`gave up waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
}

async function call(path, { cookie, method = 'GET', body } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    redirect: 'manual',
  });
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json') ? await response.json() : Buffer.from(await response.arrayBuffer());
  return { status: response.status, type, payload, cookies: response.headers.getSetCookie() };
}

/** The timeline's asset ids. The bucket is one record per asset (lib/timeline/bucket-wire.ts):
 * the UUID as 24 base64 characters, four comma-ended fields, then the file name up to the next
 * '/' (base64 may hold '/', so the records are read with a cursor, not split). */
async function assetIds(cookie) {
  const { payload } = await call('/api/timeline/buckets', { cookie });
  const ids = [];
  for (const { month } of payload.buckets) {
    const bucket = (await call(`/api/timeline/bucket?month=${month}`, { cookie })).payload;
    let at = 0;
    for (let n = 0; n < bucket.count; n++) {
      const hex = Buffer.from(bucket.assets.slice(at, at + 24), 'base64').toString('hex');
      ids.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
      let comma = at + 24;
      for (let field = 0; field < 4; field++) comma = bucket.assets.indexOf(',', comma) + 1;
      const slash = bucket.assets.indexOf('/', comma);
      at = slash === -1 ? bucket.assets.length : slash + 1;
    }
  }
  return ids;
}

async function waitForThumbnails(cookie) {
  const ids = await waitFor(`${photoCount} photos on the timeline`, async () => {
    const found = await assetIds(cookie);
    return found.length === photoCount ? found : undefined;
  });
  await waitFor(`thumbnails of all ${photoCount} photos`, async () => {
    for (const id of ids) {
      const thumb = await call(`/api/assets/${id}/thumbnail`, { cookie });
      if (thumb.status !== 200 || !thumb.type.startsWith('image/') || thumb.payload.length < 100) return undefined;
    }
    return true;
  });
  return ids;
}

async function first() {
  await waitFor('the web to answer /api/health', async () => ((await call('/api/health')).status === 200 ? true : undefined));
  say('web is up');
  const setup = await call('/api/setup', {
    method: 'POST',
    body: { email: 'admin@example.org', name: 'Admin', password: 'compose smoke test passphrase' },
  });
  if (setup.status !== 201) fail(`setup answered ${setup.status}: ${JSON.stringify(setup.payload)}`);
  const cookie = setup.cookies.map((c) => c.split(';')[0]).join('; ');
  say('first administrator created and signed in');

  const library = await call('/api/libraries', {
    cookie,
    method: 'POST',
    body: { name: 'Photos', rootPath: '/libraries/photos', ownerId: setup.payload.user.id },
  });
  if (library.status !== 201) fail(`adding the library answered ${library.status}: ${JSON.stringify(library.payload)}`);
  const ids = await waitForThumbnails(cookie);
  say(`all ${ids.length} photos of the read-only library have thumbnails`);

  const invite = await call('/api/admin/invites', { cookie, method: 'POST', body: { email: 'guest@example.org' } });
  if (invite.status !== 201 || invite.payload.mailed !== true) fail(`invite answered ${invite.status}: ${JSON.stringify(invite.payload)}`);
  const mail = await waitFor('the invitation in Mailpit', async () => {
    const { messages } = await (await fetch(`${mailpit}/api/v1/messages`)).json();
    return messages.find((m) => m.To.some((to) => to.Address === 'guest@example.org'));
  });
  const message = await (await fetch(`${mailpit}/api/v1/message/${mail.ID}`)).json();
  if (!message.Text.includes(invite.payload.url)) fail(`the invitation mail does not carry the link ${invite.payload.url}`);
  say(`invitation mailed to guest@example.org ("${mail.Subject}") with its link`);
  writeFileSync(stateFile, JSON.stringify({ cookie, ids }));
}

async function again() {
  const { cookie, ids } = JSON.parse(readFileSync(stateFile, 'utf8'));
  await waitFor('the web to answer /api/health', async () => ((await call('/api/health')).status === 200 ? true : undefined));
  const setup = await call('/api/setup', { method: 'POST', body: { email: 'x@example.org', name: 'X', password: 'another long passphrase' } });
  if (setup.status !== 404) fail(`after a restart, setup answered ${setup.status}: the users are gone`);
  const me = await call('/api/me', { cookie });
  if (me.status !== 200) fail(`after a restart, the administrator's session answered ${me.status}`);
  const again = await waitForThumbnails(cookie);
  if (again.sort().join() !== [...ids].sort().join()) fail('after a restart, the timeline holds other assets');
  say(`after down and up: the administrator is still signed in, the same ${again.length} photos and thumbnails are there`);

  const health = await waitFor(`${workers} workers heartbeating`, async () => {
    const { payload } = await call('/api/health', { cookie });
    const hosts = new Set(payload.workers.filter((w) => w.fresh).map((w) => `${w.hostname}/${w.pid}`));
    return hosts.size === workers ? payload : undefined;
  });
  say(`${workers} worker containers heartbeat: ${health.workers.map((w) => w.hostname).join(', ')}`);
}

try {
  if (phase === 'first') await first();
  else if (phase === 'again') await again();
  else fail(`unknown phase ${phase}`);
} catch (error) {
  console.error(`[compose-check] FAILED: ${error.message}`);
  process.exit(1);
}

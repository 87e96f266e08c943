// Run as a child process (its log is its stdout): a shared link's whole life through the real
// route handlers — created with a password, opened locked, a wrong and the right password, its
// page, media and a missing item under it, then revoked. Writes the link's token and the
// passwords to the file named by argv[2], for tests/shared-links/token-not-in-logs.test.ts.
import { writeFileSync } from 'node:fs';
import { POST as revokeRoute } from '@/app/api/shared-links/[id]/revoke/route';
import { disconnectPrisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from './asset-factory';
import { createUser, params, request, signIn } from './factories';
import { cookieFrom, createLink, getContent, getMedia, tokenOf, unlock } from '../shared-links/link-fixtures';

const [outFile] = process.argv.slice(2);
const owner = await createUser();
const { cookie } = await signIn(owner.id);
const assetId = await createAsset(await libraryOwner(owner.id), { local: '2024-06-01 12:00:00' });
const password = 'log-canary passphrase';
const { body } = await createLink(cookie, { assetIds: [assetId], password });
const token = tokenOf(body!.path);
const expect = (res: Response, status: number, what: string) => {
  if (res.status !== status) throw new Error(`${what}: ${res.status}`);
};
expect(await getContent(token), 401, 'locked');
expect(await unlock(token, `${password} wrong`), 401, 'wrong password');
const unlocked = await unlock(token, password);
expect(unlocked, 200, 'unlock');
const linkCookie = cookieFrom(unlocked, token);
expect(await getContent(token, { cookie: linkCookie }), 200, 'content');
expect(await getMedia(token, assetId, 'thumbnail', { cookie: linkCookie }), 404, 'thumbnail (none was made)');
expect(await getMedia(token, assetId, 'original', { cookie: linkCookie }), 403, 'original');
const id = body!.link.id;
expect(await revokeRoute(request(`/api/shared-links/${id}/revoke`, { method: 'POST', cookie }), params({ id })), 200, 'revoke');
expect(await getContent(token, { cookie: linkCookie }), 404, 'revoked');
writeFileSync(outFile, JSON.stringify([token, password, `${password} wrong`, linkCookie.split('=')[1]]));
await disconnectPrisma();
// Give pino's asynchronous destination time to write its last lines before the process ends.
await new Promise((resolve) => setTimeout(resolve, 300));

// Shared by the ZIP download tests: a library folder of real corpus files with their asset rows,
// asking for a ticket and fetching it through the routes, and reading a ZIP back with yauzl.
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { POST as ticketRoute } from '@/app/api/downloads/route';
import { GET as downloadRoute } from '@/app/api/downloads/[ticket]/route';
import { prisma } from '@/lib/server/db';
import { createAsset, createLibraryRow } from '../support/asset-factory';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';

export async function signedInUser() {
  const user = await createUser();
  return { user, cookie: (await signIn(user.id)).cookie };
}

/** A library of `files` (path in the library → corpus file) owned by `userId`; the asset ids, in order. */
export async function libraryWith(userId: string, files: Record<string, string>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-zip-'));
  const library = await createLibraryRow(userId, root);
  const ids: string[] = [];
  for (const [relPath, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relPath)), { recursive: true });
    await copyFile(corpusPath(source), path.join(root, relPath));
    ids.push(await createAsset({ ownerId: userId, libraryId: library.id }, { local: '2024-05-01 12:00:00', relPath }));
  }
  return { root, libraryId: library.id, ids };
}

export async function askTicket(cookie: string, body: unknown) {
  return ticketRoute(request('/api/downloads', { method: 'POST', cookie, json: body }), params({}));
}

export function fetchTicket(cookie: string, url: string) {
  const ticket = url.split('/').pop()!;
  return downloadRoute(request(url, { cookie }), params({ ticket }));
}

/** Ticket and ZIP in one go (both must succeed). */
export async function downloadZip(cookie: string, body: unknown): Promise<Response> {
  const res = await askTicket(cookie, body);
  if (res.status !== 201) throw new Error(`ticket: ${res.status} ${await res.text()}`);
  return fetchTicket(cookie, ((await res.json()) as { url: string }).url);
}

/** The entries of a ZIP, name → bytes, in the archive's order; yauzl checks every CRC. */
export function readZip(zip: Buffer): Promise<[string, Buffer][]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: [string, Buffer][] = [];
      file.on('error', reject);
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push([entry.fileName, Buffer.concat(chunks)]);
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}

export async function setAssetStatus(id: string, status: 'online' | 'offline' | 'trashed') {
  await prisma().asset.update({ where: { id }, data: { status } });
}

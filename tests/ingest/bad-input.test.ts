// Bad input is normal input: each case ends as a failed asset with a readable reason or as a
// degraded-but-usable asset, quickly, and the rest of the library is indexed regardless.
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
/** A valid, tiny PNG file whose header declares 20000×20000 pixels (a decompression bomb). */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20_000, 0);
  ihdr.writeUInt32BE(20_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

let libraryId: string;

async function asset(relPath: string) {
  return prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } });
}

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-bad-'));
  const jpeg = await readFile(path.join(corpusDir, 'photos/orientation/Portrait_1.jpg'));
  await writeFile(path.join(root, 'bomb.png'), pngBomb());
  await cp(path.join(corpusDir, 'photos/exif-samples/heic/samplefilehub.heif'), path.join(root, 'really-heif.jpg')); // the extension lies
  await writeFile(path.join(root, 'spaces and ünïcødé 写真.jpg'), jpeg);
  await writeFile(path.join(root, 'new\nline.jpg'), jpeg);
  const video = await readFile(path.join(corpusDir, 'videos/echo-hereweare.webm'));
  await writeFile(path.join(root, 'cut-short.webm'), video.subarray(0, Math.floor(video.length * 0.4)));
  const outside = await mkdtemp(path.join(os.tmpdir(), 'shoebox-outside-'));
  await writeFile(path.join(outside, 'secret.jpg'), jpeg);
  await symlink(path.join(outside, 'secret.jpg'), path.join(root, 'link-out.jpg'));
  const owner = await createUser();
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runQueuedJobs();
}, 120_000);

describe('bad input', () => {
  it('refuses a PNG declaring 20000×20000 pixels from its header', async () => {
    const bomb = await asset('bomb.png');
    expect(bomb.ingestStatus).toBe('failed');
    expect(bomb.ingestError).toMatch(/20000×20000 pixels, above the 100-megapixel limit/);
  });

  it('reads a file by its content when its extension lies', async () => {
    const heif = await asset('really-heif.jpg');
    expect(heif).toMatchObject({ ingestStatus: 'ready', mime: 'image/heic', width: 640, height: 426 });
  });

  it('handles names with spaces, unicode and a newline', async () => {
    expect((await asset('spaces and ünïcødé 写真.jpg')).ingestStatus).toBe('ready');
    expect((await asset('new\nline.jpg')).ingestStatus).toBe('ready');
  });

  it('keeps a video cut short usable: duration unknown or shorter, poster from the first frames, preview media', async () => {
    const video = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'cut-short.webm' }, include: { derived: true } });
    expect(video.ingestStatus).toBe('ready');
    // thumb and preview from ingest; sprite, vtt and teasers from the video:media job it queued
    expect(video.derived.map((d) => d.kind).sort()).toEqual(['preview', 'sprite', 'teaser_lg', 'teaser_sm', 'thumb', 'vtt']);
    expect(video.width).toBe(480);
  });

  it('never follows a symlink out of the library', async () => {
    expect(await prisma().asset.count({ where: { libraryId, relPath: 'link-out.jpg' } })).toBe(0);
  });
});

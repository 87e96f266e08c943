// How a ZIP download streams: the bytes go out before the later files are read (nothing is
// buffered whole), a file that vanishes or changes part-way fails the download short of its
// Content-Length instead of ending as a corrupt archive, and one user runs at most two ZIP
// streams at once (429 beyond) — slots come back when a download ends, fails or is cancelled.
import { randomBytes } from 'node:crypto';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_STREAMS_PER_USER } from '@/lib/downloads/downloads.schemas';
import { askTicket, fetchTicket, libraryWith, readZip, signedInUser } from './zip-helpers';

const BIG = 16 * 1024 * 1024;

/** A user's library with a large first file (random bytes), then two corpus photos; and a ticket for all three. */
async function bigThenSmall() {
  const { user, cookie } = await signedInUser();
  const lib = await libraryWith(user.id, {
    'big.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
    'second.jpg': 'photos/exif-samples/jpg/gps/DSCN0012.jpg',
    'last.jpg': 'photos/exif-samples/jpg/gps/DSCN0021.jpg',
  });
  const big = randomBytes(BIG);
  await writeFile(path.join(lib.root, 'big.jpg'), big);
  const ticket = await (await askTicket(cookie, { ids: lib.ids })).json();
  return { user, cookie, ...lib, big, url: ticket.url as string };
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array[] = []) {
  const chunks = [...first];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(value);
  }
}

/** Reads until the stream fails; answers the bytes received before that. */
async function readUntilFailure(reader: ReadableStreamDefaultReader<Uint8Array>, received: number) {
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { failed: false, received };
      received += value.length;
    }
  } catch {
    return { failed: true, received };
  }
}

describe('ZIP streaming', () => {
  it('sends the first bytes before the later files are read: a file changed after that is read as it is then', async () => {
    const { cookie, root, url } = await bigThenSmall();
    const res = await fetchTicket(cookie, url);
    const reader = res.body!.getReader();
    const first = await reader.read();
    // The first bytes are out, and they are a small part of a 16 MiB file: nothing was buffered whole.
    expect(first.value!.length).toBeLessThan(1024 * 1024);
    // Same size, other bytes: had the ZIP been built before sending, it would hold the old ones.
    const before = await readFile(path.join(root, 'last.jpg'));
    const after = Buffer.from(before).reverse();
    await writeFile(path.join(root, 'last.jpg'), after);
    const zip = await readAll(reader, [first.value!]);
    expect(zip.length).toBe(Number(res.headers.get('content-length')));
    const entries = await readZip(zip);
    expect(entries.map(([n]) => n)).toEqual(['big.jpg', 'second.jpg', 'last.jpg']);
    expect(entries[2][1].equals(after)).toBe(true);
  });

  it('fails the download, short of its Content-Length, when a later file vanishes part-way', async () => {
    const { cookie, root, url } = await bigThenSmall();
    const res = await fetchTicket(cookie, url);
    const length = Number(res.headers.get('content-length'));
    const reader = res.body!.getReader();
    const first = await reader.read();
    await rm(path.join(root, 'last.jpg'));
    const outcome = await readUntilFailure(reader, first.value!.length);
    expect(outcome.failed).toBe(true);
    expect(outcome.received).toBeLessThan(length);
    // The failed stream gave its slot back: two more may run (the vanished file now listed as left out).
    const again = await Promise.all([fetchTicket(cookie, url), fetchTicket(cookie, url)]);
    expect(again.map((r) => r.status)).toEqual([200, 200]);
    await Promise.all(again.map((r) => r.body!.cancel()));
  });

  it('fails the download when the file being read changes (it grew while being sent)', async () => {
    const { cookie, root, url } = await bigThenSmall();
    const res = await fetchTicket(cookie, url);
    const reader = res.body!.getReader();
    const first = await reader.read();
    await appendFile(path.join(root, 'big.jpg'), 'more');
    const outcome = await readUntilFailure(reader, first.value!.length);
    expect(outcome.failed).toBe(true);
    expect(outcome.received).toBeLessThan(Number(res.headers.get('content-length')));
  });

  it('fails the download when a later file has another size than announced', async () => {
    const { cookie, root, url } = await bigThenSmall();
    const res = await fetchTicket(cookie, url);
    const reader = res.body!.getReader();
    const first = await reader.read();
    await appendFile(path.join(root, 'second.jpg'), 'more');
    expect((await readUntilFailure(reader, first.value!.length)).failed).toBe(true);
  });

  it(`runs at most ${MAX_ZIP_STREAMS_PER_USER} ZIP streams per user at once (429 beyond), and gives slots back`, async () => {
    const { cookie, url } = await bigThenSmall();
    const other = await bigThenSmall();
    // Ten at once, none read: the first two hold their streams open.
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetchTicket(cookie, url)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(MAX_ZIP_STREAMS_PER_USER).fill(200), ...Array(10 - MAX_ZIP_STREAMS_PER_USER).fill(429)]);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await refused.json()).error.message).toContain('downloads running');
    // Someone else is not held up by it.
    const theirs = await fetchTicket(other.cookie, other.url);
    expect(theirs.status).toBe(200);
    await theirs.body!.cancel();
    // One cancelled (the browser's Cancel): its slot comes back.
    const open = answers.filter((r) => r.status === 200);
    await open[0].body!.cancel();
    const next = await fetchTicket(cookie, url);
    expect(next.status).toBe(200);
    // One read to the end gives its slot back too.
    const done = await readAll(open[1].body!.getReader());
    expect(done.length).toBe(Number(open[1].headers.get('content-length')));
    expect((await fetchTicket(cookie, url)).status).toBe(200);
  });
});

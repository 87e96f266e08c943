// `shoebox scan <library>`: scans a library with a progress bar, then follows its ingest.
// With a live worker the scan is queued (so it never runs beside another scan of the same
// library) and followed; with none, the scan and the ingest run in this process. A script,
// not a route: it reads through lib/libraries' queries directly.
import { SingleBar } from 'cli-progress';
import { Logger, runOnce } from 'graphile-worker';
import { getHealth } from '@/lib/admin/get-health';
import { requestLibraryScan } from '@/lib/libraries/request-library-scan';
import { findLibrary, findLibraryByName, listLibraryNames } from '@/lib/libraries/libraries.queries';
import { countAssetsByIngestStatus, latestScanSince } from '@/lib/libraries/scan.queries';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { requireDatabaseUrl } from '@/lib/server/env';
import type { IngestStatus } from '@/lib/server/generated/prisma/enums';
import { taskList } from '@/worker/task-list';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findLibraryByRef(ref: string) {
  const library = UUID.test(ref) ? await findLibrary(ref) : await findLibraryByName(ref);
  if (library) return library;
  const names = await listLibraryNames();
  throw new Error(`No library "${ref}". Libraries: ${names.length ? names.join(', ') : 'none yet'}`);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function followQueuedScan(libraryId: string, since: Date): Promise<void> {
  const bar = new SingleBar({ format: 'scan   {status} | {seen} seen · {added} new · {changed} changed · {offline} offline · {queued} queued · {unsupported} skipped (unsupported format)', hideCursor: true });
  bar.start(1, 0, { status: 'queued', seen: 0, added: 0, changed: 0, offline: 0, queued: 0, unsupported: 0 });
  for (;;) {
    const scan = await latestScanSince(libraryId, since);
    if (scan) bar.update(scan.status === 'running' ? 0 : 1, { ...scan });
    if (scan && scan.status !== 'running') break;
    await pause(500);
  }
  bar.stop();
}

async function followIngest(libraryId: string, runInline: boolean): Promise<void> {
  const inState = async (status: IngestStatus) => (await countAssetsByIngestStatus(libraryId)).find((c) => c.status === status)?.count ?? 0;
  const pending = () => inState('pending');
  const total = await pending();
  if (total === 0) return;
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} · {failed} failed · ETA {eta}s', hideCursor: true });
  bar.start(total, 0, { failed: 0 });
  const work = runInline
    ? runOnce({ connectionString: requireDatabaseUrl(), taskList, concurrency: 2, logger: new Logger(() => () => undefined) })
    : null;
  let done = false;
  void work?.finally(() => (done = true));
  for (;;) {
    const left = await pending();
    const failed = await inState('failed');
    bar.update(total - left, { failed });
    if (left === 0 || done) break;
    await pause(500);
  }
  await work;
  bar.update(total - (await pending()));
  bar.stop();
}

export async function scanCommand(ref: string): Promise<void> {
  const library = await findLibraryByRef(ref);
  const workerAlive = (await getHealth()).worker.alive;
  console.log(`Scanning "${library.name}" (${library.rootPath})${workerAlive ? ' through the running worker' : ''}…`);
  if (workerAlive) {
    const since = new Date();
    await requestLibraryScan(library.id, 'cli');
    await followQueuedScan(library.id, since);
  } else {
    const bar = new SingleBar({ format: 'scan   {seen} seen · {added} new · {changed} changed · {offline} offline · {queued} queued · {unsupported} skipped (unsupported format)', hideCursor: true });
    bar.start(1, 0, { seen: 0, added: 0, changed: 0, offline: 0, queued: 0, unsupported: 0 });
    await scanLibrary(library.id, { trigger: 'cli', onProgress: (c) => bar.update(0, { ...c }) });
    bar.update(1);
    bar.stop();
  }
  await followIngest(library.id, !workerAlive);
  const counts = await countAssetsByIngestStatus(library.id);
  console.log(counts.map((c) => `${c.count} ${c.status}`).join(', ') || 'The library holds no photo or video.');
}

// A scan started from the page carries its request id into the worker: the JSON log lines of
// the scan job and of the ingests it queued name the request, and a forged id cannot inject
// fields into them.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as scanNow } from '@/app/api/libraries/[id]/scan/route';
import { log } from '@/lib/server/log';
import { workerLogMeta } from '@/lib/server/worker-logger';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

type Line = Record<string, unknown>;
let lines: Line[] = [];

// The logger's own output stream, read back as the JSON lines a log collector would get, at the
// level a server runs at (tests run at 'error').
const testLevel = log.level;
beforeEach(() => {
  lines = [];
  log.level = 'info';
  const stream = (log as unknown as Record<symbol, { write(s: string): boolean }>)[pino.symbols.streamSym];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string) => {
    for (const text of chunk.split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  log.level = testLevel;
});

async function scanWithRequestId(requestId: string) {
  const admin = await createUser({ role: 'admin' });
  const { cookie } = await signIn(admin.id);
  const library = await createLibraryRow(admin.id, await copyCorpus('photos/orientation/Landscape_1.jpg', 'photos/orientation/Landscape_2.jpg'));
  const res = await scanNow(request(`/api/libraries/${library.id}/scan`, { method: 'POST', cookie, headers: { 'x-request-id': requestId } }), params({ id: library.id }));
  expect(res.status).toBe(202);
  await runQueuedJobs();
}

describe('request ids in job logs', () => {
  it('puts the id of the request that started a scan on the log lines of the scan and its ingests', async () => {
    await scanWithRequestId('test-123');
    const done = lines.filter((l) => l.msg === 'job done');
    expect(done.filter((l) => l.task === 'library:scan').map((l) => l.requestId)).toEqual(['test-123']);
    expect(done.filter((l) => l.task === 'asset:ingest').map((l) => l.requestId)).toEqual(['test-123', 'test-123']);
    expect(lines.find((l) => l.msg === 'library scanned')?.requestId).toBe('test-123');
    expect(lines.find((l) => l.msg === 'request')?.requestId).toBe('test-123');
  });

  it('replaces an id that is not a plain one, so a header cannot add log fields', async () => {
    await scanWithRequestId('x", "level": 60, "admin": "yes');
    const scan = lines.find((l) => l.msg === 'job done' && l.task === 'library:scan')!;
    expect(scan.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(scan.level).toBe(30);
    expect(lines.some((l) => 'admin' in l)).toBe(false);
  });

  it("names the request on graphile-worker's own lines about the job, never its payload", () => {
    const meta = workerLogMeta({ job: { id: '7', task_identifier: 'library:scan', payload: { libraryId: 'l', _requestId: 'test-123', link: 'https://x/reset?token=secret' } } });
    expect(meta.requestId).toBe('test-123');
    expect(JSON.stringify(meta)).not.toContain('secret');
    expect(workerLogMeta({ job: { id: '8', payload: { _requestId: 'bad id"' } } }).requestId).toBeUndefined();
  });
});

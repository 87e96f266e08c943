// A worker killed in the middle of writing a thumbnail leaves `<file>.<hex>.tmp` beside the
// derived files; the next worker removes such leftovers when it starts — but not a temp file
// written moments ago, which may belong to another worker sharing the data folder.
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/storage';
import { startWorkerProcess, waitFor, type WorkerProcess } from '../support/worker-process';

let worker: WorkerProcess | undefined;
afterAll(async () => {
  await worker?.stop();
});

describe('worker start', () => {
  it('removes temp files left by a killed worker, keeping derived files and fresh temp files', async () => {
    const folder = path.join(derivedRoot(), 'thumb', 'ab');
    await mkdir(folder, { recursive: true });
    const thumb = path.join(folder, 'abcdef.webp');
    const leftover = `${thumb}.3f9a0c21b7d4.tmp`;
    const deepLeftover = path.join(folder, 'preview.webp.0123456789ab.tmp');
    const inProgress = `${thumb}.77aa00bb11cc.tmp`;
    for (const file of [thumb, leftover, deepLeftover, inProgress]) await writeFile(file, 'x');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [thumb, leftover, deepLeftover]) await utimes(file, anHourAgo, anHourAgo);

    worker = startWorkerProcess();
    const pid = worker.child.pid!;
    await waitFor(() => prisma().workerHeartbeat.findFirst({ where: { pid } }), 'the worker to start');

    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(deepLeftover)).toBe(false);
    expect(existsSync(thumb)).toBe(true);
    expect(existsSync(inProgress)).toBe(true);
  }, 120_000);
});

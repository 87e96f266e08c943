// A page asked for while the database is out of reach (restarting, a network blip) shows a
// readable page with "Try again", not Next's bare "Application error". A second web process
// of the built app is started here with a database address nothing answers on.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';

const PORT = Number(process.env.E2E_OUTAGE_PORT ?? 3219);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shoebox-outage-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/web-server.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE,
      DATA_DIR: dataDir,
      // Port 9 (discard) on loopback: the connection is refused at once.
      DATABASE_URL: 'postgres://shoebox@127.0.0.1:9/shoebox',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  await expect
    .poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000 })
    .toBe(503);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test('a page during a database outage explains itself and offers to try again', async ({ page }) => {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(`${BASE}/login`);
    await expect(page.getByRole('heading', { name: 'This page could not be shown' })).toBeVisible();
    await expect(page.getByText('database may be out of reach')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByText('Application error')).toHaveCount(0);
    await expectNoSeriousIssues(page, 'database outage');
  }
  // Monitors read the same from the health check.
  const health = await page.request.get(`${BASE}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'down', database: { reachable: false } });
});

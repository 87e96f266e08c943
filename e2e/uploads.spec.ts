// Uploading from the browser: three corpus photos dropped on the timeline (a real drop event with
// a DataTransfer of Files), sent over a slowed network so they are mid-way, the page reloaded,
// the panel offering the unfinished ones, the same files dropped again and resumed from the
// server's offset, then in the library and on the timeline. Waits on state, never on a timer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { corpusDir } from './support/corpus';

const NAMES = ['prairie_falcon.jpg', 'silver_fir.jpg', 'el_torcal_rocks.jpg'];
const LAST_MODIFIED = Date.UTC(2024, 4, 1);

interface Upload {
  fileName: string;
  status: string;
  assetId: string | null;
  ingested: boolean;
}

async function files() {
  return Promise.all(NAMES.map(async (name) => ({ name, b64: (await readFile(path.join(corpusDir, 'immich-test-assets/nature', name))).toString('base64') })));
}

/** Drops the files on the page the way a browser does: dragenter, dragover, drop, with Files in a DataTransfer. */
async function dropFiles(page: Page, list: { name: string; b64: string }[]) {
  const dataTransfer = await page.evaluateHandle(
    ({ list, lastModified }) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: 'image/jpeg', lastModified }));
      }
      return dt;
    },
    { list, lastModified: LAST_MODIFIED },
  );
  for (const type of ['dragenter', 'dragover']) await page.dispatchEvent('main', type, { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

async function uploads(page: Page): Promise<Upload[]> {
  return (await (await page.request.get('/api/uploads')).json()).uploads;
}

/** Bytes the server holds of each unfinished upload the browser remembers (HEAD on the stored URLs). */
async function serverOffsets(page: Page): Promise<number[]> {
  const urls = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('tus::'))
      .map((k) => (JSON.parse(localStorage.getItem(k)!) as { uploadUrl: string }).uploadUrl),
  );
  return Promise.all(urls.map(async (u) => Number((await page.request.head(u, { headers: { 'Tus-Resumable': '1.0.0' } })).headers()['upload-offset'] ?? -1)));
}

test('drop three photos, reload mid-way, drop them again: they resume and reach the timeline', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/');
  const list = await files();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // About 24 KB/s up: the photos (50–180 KB) take seconds each.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 5_000_000, uploadThroughput: 24 * 1024 });

  await dropFiles(page, list);
  const panel = page.getByRole('dialog', { name: 'Upload photos and videos' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('upload-item')).toHaveCount(3);
  // Mid-way: at least one file is being sent and has bytes out.
  await expect(panel.locator('[data-testid="upload-item"][data-state="uploading"]').first()).toBeVisible();
  await expect.poll(async () => (await serverOffsets(page)).some((o) => o > 0), { timeout: 60_000 }).toBe(true);

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `/work/shots/uploads-in-progress-${viewport.width}.png` });
  }
  await page.setViewportSize(VIEWPORTS[1]);

  // Reload mid-way: the uploads stop; the server keeps what it received.
  const before = await serverOffsets(page);
  expect(before.length).toBeGreaterThan(0);
  expect(before.some((o) => o > 0)).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(panel.getByTestId('unfinished-earlier')).toBeVisible();

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await dropFiles(page, list);
  await expect(panel.getByTestId('unfinished-earlier')).toHaveCount(0);
  await expect(panel.locator('[data-testid="upload-item"][data-state="done"]')).toHaveCount(3, { timeout: 60_000 });

  // Each arrived once, and the one that had bytes on the server resumed rather than restarting.
  await expect.poll(async () => (await uploads(page)).filter((u) => u.status === 'done' && u.ingested).length, { timeout: 120_000 }).toBe(3);
  const done = (await uploads(page)).filter((u) => u.status === 'done');
  expect(done.map((u) => u.fileName).sort()).toEqual([...NAMES].sort());
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::')).length)).toBe(0);

  // On the timeline: every month bucket together holds the three new assets.
  const ids = done.map((u) => u.assetId!);
  await expect
    .poll(async () => {
      const months: { month: string }[] = (await (await page.request.get('/api/timeline/buckets')).json()).buckets;
      const seen = new Set<string>();
      for (const { month } of months) for (const id of decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}`)).json()).id) seen.add(id);
      return ids.every((id) => seen.has(id));
    }, { timeout: 60_000 })
    .toBe(true);

  // The panel links to the photo; it opens in the viewer.
  await panel.getByRole('link', { name: 'View' }).first().click();
  await expect(page).toHaveURL(/\/photos\/[0-9a-f-]{36}$/);

  // The panel at rest passes axe on a phone and a desktop.
  await page.goto('/');
  await page.getByRole('button', { name: 'Upload' }).click();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectNoSeriousIssues(page, 'upload panel');
  }
  // Dropping a photo already there says so and links to it, without sending it.
  await dropFiles(page, list.slice(0, 1));
  await expect(panel.locator('[data-testid="upload-item"][data-state="duplicate"]')).toHaveCount(1);
  await expect(panel.getByRole('link', { name: 'See the photo' })).toHaveAttribute('href', new RegExp(`/photos/(${ids.join('|')})$`));
});

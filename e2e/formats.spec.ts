// Formats browsers cannot show (issue 9): zooming a HEIC in the viewer shows a decoded picture,
// not a broken image; the admin Libraries page counts files in formats nobody reads; the Jobs
// page names the library and path of a file that failed. Waits on API state, never a timer.
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { corpusDir } from './support/corpus';
import { scrollToTile, tileNamed, timelineTotal } from './support/timeline';

interface LibraryState {
  rootPath: string;
  counts: { ready: number; failed: number; pending: number };
}

async function library(page: Page, root: string): Promise<LibraryState | undefined> {
  const { libraries } = await (await page.request.get('/api/libraries')).json();
  return libraries.find((l: LibraryState) => l.rootPath === root);
}

test('zoom on a HEIC shows the picture; skipped formats and failed files are named', async ({ page }) => {
  await signInAsAdmin(page);
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-formats-')), 'formats');
  await mkdir(path.join(root, 'phone'), { recursive: true });
  await cp(path.join(corpusDir, 'immich-test-assets/formats/IMG_2682.heic'), path.join(root, 'phone/IMG_2682.heic'));
  await writeFile(path.join(root, 'phone/drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
  await writeFile(path.join(root, 'phone/scan.jp2'), Buffer.from('\0\0\0\x0cjP  \r\n\x87\n', 'latin1'));
  await writeFile(path.join(root, 'phone/half.heic'), readFileSync(path.join(root, 'phone/IMG_2682.heic')).subarray(0, 4000));
  const me = (await (await page.request.get('/api/me')).json()).user.id;
  const before = await timelineTotal(page);
  const created = await page.request.post('/api/libraries', { data: { name: 'Formats', rootPath: root, ownerId: me } });
  expect(created.status()).toBe(201);
  await expect.poll(async () => (await library(page, root))?.counts, { timeout: 120_000, intervals: [1000] }).toMatchObject({ ready: 1, failed: 1, pending: 0 });
  await expect.poll(() => timelineTotal(page), { timeout: 60_000 }).toBe(before + 1); // the month counts are refreshed

  // The viewer, opened from its tile in the timeline: Z zooms to full size, and the browser
  // decodes what it gets.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tile = await scrollToTile(page, tileNamed(page, 'IMG_2682.heic'));
  const id = await tile.getAttribute('data-asset-id');
  await tile.click();
  await expect(page).toHaveURL(new RegExp(`/photos/${id}\\?view=timeline`));
  await expect(page.getByTestId('viewer')).toBeVisible();
  await page.keyboard.press('z');
  const full = page.getByTestId('viewer-original');
  await expect(full).toBeVisible();
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBe(4032);

  // Admin Libraries: the .svg and .jp2 are reported, not silently dropped.
  await page.goto('/admin/libraries');
  await expect(page.getByTestId('library').filter({ hasText: root }).getByTestId('last-scan')).toContainText('2 skipped: unsupported format');

  // Jobs: the failed file is named by library and path.
  await page.goto('/admin/jobs');
  await expect(page.getByTestId('job-failure').filter({ hasText: 'phone/half.heic' }).getByTestId('failure-subject')).toHaveText('Formats / phone/half.heic');
});

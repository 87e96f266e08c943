// A library follows its folder (issue: photo ingest). A favourite photo is renamed and moved:
// after "Scan now" it is the same photo, still a favourite. Deleted: it is listed as offline
// and leaves the timeline. Put back: it returns, still the same photo, still a favourite.
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { corpusDir } from './support/corpus';
import { scrollThroughTimeline, scrollToTile, tileNamed, timelineTotal } from './support/timeline';

interface LibraryState {
  id: string;
  rootPath: string;
  scanState: string;
  lastScan: { status: string; finishedAt: string | null } | null;
  counts: { total: number; pending: number; ready: number; offline: number };
}

async function library(page: Page, root: string): Promise<LibraryState> {
  const { libraries } = await (await page.request.get('/api/libraries')).json();
  return libraries.find((l: LibraryState) => l.rootPath === root);
}

/** "Scan now" in the admin view, then wait on the job state until scanned and ingested. */
async function scanNow(page: Page, root: string): Promise<LibraryState> {
  const before = (await library(page, root)).lastScan?.finishedAt ?? '';
  await page.goto('/admin/libraries');
  await page.getByTestId('library').filter({ hasText: root }).getByRole('button', { name: 'Scan now' }).click();
  await expect
    .poll(async () => {
      const l = await library(page, root);
      return l.scanState === 'idle' && l.lastScan?.status === 'done' && (l.lastScan.finishedAt ?? '') > before && l.counts.pending === 0;
    }, { timeout: 60_000 })
    .toBe(true);
  return library(page, root);
}

test('a favourite survives rename and move; a deleted file goes offline and comes back', async ({ page }) => {
  await signInAsAdmin(page);
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-changes-')), 'changes');
  await mkdir(path.join(root, 'holiday'), { recursive: true });
  await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Canon_40D.jpg'), path.join(root, 'holiday/iguana.jpg'));
  await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Nikon_D70.jpg'), path.join(root, 'holiday/other.jpg'));
  const before = await timelineTotal(page);
  const created = await page.request.post('/api/libraries', {
    data: { name: 'Changes', rootPath: root, ownerId: (await (await page.request.get('/api/me')).json()).user.id },
  });
  expect(created.status()).toBe(201);
  await expect.poll(async () => (await library(page, root))?.counts.ready, { timeout: 60_000 }).toBe(2);
  await expect.poll(() => timelineTotal(page), { timeout: 60_000 }).toBe(before + 2); // the month counts are refreshed

  // Favourite the iguana from the viewer, opened from its tile in the timeline.
  await page.goto('/');
  const iguana = await scrollToTile(page, tileNamed(page, 'iguana.jpg'));
  const id = await iguana.getAttribute('data-asset-id');
  await iguana.click();
  await expect(page).toHaveURL(new RegExp(`/photos/${id}`));
  await page.getByRole('button', { name: 'Favourite' }).click();
  await expect(page.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');

  // Renamed and moved to another folder: same photo, still a favourite.
  await mkdir(path.join(root, 'best of'));
  await rename(path.join(root, 'holiday/iguana.jpg'), path.join(root, 'best of/Iguana, 2008.jpg'));
  let state = await scanNow(page, root);
  expect(state.counts).toMatchObject({ total: 2, offline: 0 });
  await page.goto('/favourites');
  await expect(tileNamed(page, 'Iguana, 2008.jpg')).toHaveAttribute('data-asset-id', id!);

  // Deleted: offline in the admin view, gone from the timeline and Favourites.
  await rm(path.join(root, 'best of/Iguana, 2008.jpg'));
  state = await scanNow(page, root);
  expect(state.counts.offline).toBe(1);
  await expect(page.getByTestId('offline-path').filter({ hasText: 'best of/Iguana, 2008.jpg' })).toBeVisible();
  await page.goto('/favourites');
  expect([...(await scrollThroughTimeline(page)).keys()]).not.toContain(id);
  await page.goto('/');
  const shown = [...(await scrollThroughTimeline(page)).values()];
  expect(shown.map((t) => t.id)).not.toContain(id);
  expect(shown.filter((t) => t.name.endsWith(', other.jpg'))).toHaveLength(1);

  // Put back: online again, the same photo, still a favourite.
  await cp(path.join(corpusDir, 'photos/exif-samples/jpg/Canon_40D.jpg'), path.join(root, 'best of/Iguana, 2008.jpg'), { preserveTimestamps: false });
  state = await scanNow(page, root);
  expect(state.counts.offline).toBe(0);
  await page.goto('/favourites');
  await expect(page.locator(`img[data-asset-id="${id}"]`)).toHaveAccessibleName(/^Photo, \d{1,2} [A-Z][a-z]+ \d{4}, Iguana, 2008\.jpg$/);
});

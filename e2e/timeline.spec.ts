// The timeline as a user meets it: a library of photos taken over ten years, scrolling, a
// scrubber jump, the viewer (previous/next across a month boundary), favourite → Favourites,
// trash → Trash → restore. Waits on job and API state, never on a timer.
import { mkdir, mkdtemp, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { signInAsAdmin as signIn } from './support/admin-session';
import { TILE_NAME } from './support/timeline';

// Three photos in each of these months (noon, mid-month: no time zone moves them). The gap
// between 2020 and 2014 keeps May 2019 unloaded until the scrubber jumps to June 2014.
const MONTHS = ['2024-03', '2024-02', '2024-01', '2023-12', '2021-07', '2020-02', '2019-05', '2014-06', '2013-01'];

async function makeLibrary(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-timeline-')), 'timeline-photos');
  await mkdir(root);
  let n = 0;
  for (const month of MONTHS) {
    for (let i = 0; i < 3; i++) {
      const file = path.join(root, `${month}-${i}.jpg`);
      const colour = { r: (n * 53) % 256, g: (n * 97) % 256, b: (n * 151) % 256 };
      await sharp({ create: { width: i === 1 ? 480 : 640, height: i === 1 ? 640 : 480, channels: 3, background: colour } }).jpeg().toFile(file);
      const when = new Date(`${month}-${String(10 + i).padStart(2, '0')}T12:00:00Z`);
      await utimes(file, when, when);
      n++;
    }
  }
  return root;
}


interface Bucket {
  month: string;
  count: number;
}

async function buckets(page: Page, view = 'timeline'): Promise<Bucket[]> {
  return (await (await page.request.get(`/api/timeline/buckets?view=${view}`)).json()).buckets;
}

async function bucketIds(page: Page, month: string, view = 'timeline'): Promise<string[]> {
  return decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}&view=${view}`)).json()).id;
}

/** Adds the ten-year library once per server; waits for scan, ingest and the count refresh. */
async function ensureTimelineLibrary(page: Page) {
  const ready = async () => {
    const counts = new Map((await buckets(page)).map((b) => [b.month, b.count]));
    return MONTHS.every((m) => (counts.get(m) ?? 0) >= 3);
  };
  if (await ready()) return;
  const root = await makeLibrary();
  await page.goto('/admin/libraries');
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Name').fill('Ten years');
  await page.getByRole('form', { name: 'Add a library' }).getByLabel('Folder on the server').fill(root);
  await page.getByRole('button', { name: 'Add library' }).click();
  await expect(page.getByTestId('library').filter({ hasText: root })).toBeVisible();
  await expect.poll(ready, { timeout: 180_000, intervals: [1000] }).toBe(true);
}

test('timeline: scroll, scrubber jump, viewer across months, favourite, trash and restore', async ({ page }) => {
  await signIn(page);
  await ensureTimelineLibrary(page);

  // The timeline: months not loaded yet are placeholders; scrolling down reaches January 2024.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('photo-count')).toContainText('photos');
  const timeline = page.getByTestId('timeline');
  const januaryIds = await bucketIds(page, '2024-01');
  const januaryTile = page.locator(`img[data-asset-id="${januaryIds[0]}"]`);
  // Checked without waiting: until it is rendered, the tile is simply not there.
  const onScreen = () =>
    page.evaluate((id) => {
      const rect = document.querySelector(`img[data-asset-id="${id}"]`)?.getBoundingClientRect();
      return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
    }, januaryIds[0]);
  for (let i = 0; i < 60 && !(await onScreen()); i++) {
    await timeline.hover();
    await page.mouse.wheel(0, 400);
  }
  await expect(januaryTile).toBeInViewport();
  await expect(page.locator('[data-testid="month-header"][data-month="2024-01"]')).toBeAttached();
  // A tile is named for screen readers: kind, the day it was taken, its file name (no folder).
  const januaryName = 'Photo, 12 January 2024, 2024-01-2.jpg';
  await expect(januaryTile).toHaveAccessibleName(januaryName);
  const januaryLink = page.getByRole('link', { name: januaryName, exact: true });
  await januaryLink.focus();
  await expect(januaryLink).toBeFocused();
  // Its focus ring is drawn inside the tile, which clips anything outside it.
  await expect(januaryLink).toHaveCSS('outline-style', 'solid');
  await expect(januaryLink).toHaveCSS('outline-offset', '-3px');

  // Scrubber: hover until the label reads Jun 2014, click, and that month is on screen.
  const scrubber = page.getByTestId('scrubber');
  const box = (await scrubber.boundingBox())!;
  let found = false;
  for (let y = box.y + 1; y < box.y + box.height && !found; y += 2) {
    await page.mouse.move(box.x + box.width / 2, y);
    found = (await page.getByTestId('scrubber-label').textContent()) === 'Jun 2014';
  }
  expect(found).toBe(true);
  await page.mouse.down();
  await page.mouse.up();
  const juneHeader = page.locator('[data-testid="month-header"][data-month="2014-06"]');
  await expect(juneHeader).toBeInViewport();
  // The jump puts June's header at the top. The month just above (May 2019 in this library;
  // another when earlier specs added photos) is fetched next and its rows, just above the
  // screen, replace a placeholder of estimated height: June must stay where it is (scroll
  // anchoring).
  const months = (await buckets(page)).map((b) => b.month);
  const above = months[months.indexOf('2014-06') - 1];
  await expect(page.locator(`[data-testid="timeline-row"][data-month="${above}"]`).last()).toBeAttached();
  const headerOffset = () =>
    page.evaluate(() => {
      const header = document.querySelector('[data-testid="month-header"][data-month="2014-06"]')!.getBoundingClientRect();
      return Math.round(header.top - document.querySelector('[data-testid="timeline-scroller"]')!.getBoundingClientRect().top);
    });
  expect(Math.abs(await headerOffset())).toBeLessThanOrEqual(1);
  const juneIds = await bucketIds(page, '2014-06');
  const juneTile = page.locator(`img[data-asset-id="${juneIds[0]}"]`);
  await expect(juneTile).toBeInViewport();
  await expect.poll(() => juneTile.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // Viewer: open a tile, then step across the February → January boundary with the keyboard.
  await juneTile.click();
  await expect(page).toHaveURL(new RegExp(`/photos/${juneIds[0]}`));
  await expect(page.getByTestId('viewer-image')).toBeVisible();
  const februaryIds = await bucketIds(page, '2024-02');
  const lastOfFebruary = februaryIds.at(-1)!;
  await page.goto(`/photos/${lastOfFebruary}?view=timeline`);
  await page.getByRole('button', { name: 'Next (older)' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/photos/${januaryIds[0]}`));
  await page.getByRole('button', { name: 'Previous (newer)' }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/photos/${lastOfFebruary}`));

  // Info panel and favourite: the photo shows up in Favourites.
  await page.getByRole('button', { name: 'Info' }).click();
  await expect(page.getByTestId('info-panel')).toContainText('2024-02-0.jpg'); // the oldest of February
  await page.getByRole('button', { name: 'Favourite' }).click();
  await expect(page.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/favourites');
  await expect(page.locator(`img[data-asset-id="${lastOfFebruary}"]`)).toBeVisible();

  // Trash from the viewer: gone from the timeline, listed in Trash, restored from there.
  const victim = januaryIds[0];
  await page.goto(`/photos/${victim}?view=timeline`);
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/photos/${victim}`));
  expect(await bucketIds(page, '2024-01')).not.toContain(victim);
  await page.goto('/trash');
  const trashed = page.locator(`[data-testid="tile"]:has(img[data-asset-id="${victim}"])`);
  await expect(trashed).toBeVisible();
  await trashed.hover();
  await trashed.getByRole('button', { name: /^Select / }).click();
  await expect(page.getByTestId('selected-count')).toHaveText('1 selected');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);
  expect(await bucketIds(page, '2024-01')).toContain(victim);
});

test('phone-sized viewport: the timeline fits and the viewer works with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  await ensureTimelineLibrary(page);
  await page.goto('/');
  const firstTile = page.locator('a:has(img[data-asset-id])').first();
  await expect(firstTile).toBeVisible();
  const tileBox = (await firstTile.boundingBox())!;
  expect(tileBox.x + tileBox.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(firstTile).toHaveAccessibleName(TILE_NAME);
  await firstTile.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('viewer')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});

test('first screen: the newest month and its first thumbnails are fetched once, ahead of the scripts, and shown', async ({ page }) => {
  await signIn(page);
  await ensureTimelineLibrary(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const [newest] = await buckets(page);
  const ids = await bucketIds(page, newest.month);
  const first = page.locator(`img[data-asset-id="${ids[0]}"]`);
  await expect(first).toBeVisible();
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Each asked for once: by the page's preload (a preload the page did not match, by its
  // address or its credentials mode, would show as a second request).
  const requests = await page.evaluate((month) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const thumb = document.querySelector<HTMLImageElement>('[data-testid="tile"] img[data-asset-id]')!.src;
    return {
      bucket: entries.filter((e) => e.name.endsWith(`/api/timeline/bucket?view=timeline&month=${month}`)).map((e) => e.initiatorType),
      thumbnail: entries.filter((e) => e.name === thumb).map((e) => e.initiatorType),
    };
  }, newest.month);
  expect(requests).toEqual({ bucket: ['link'], thumbnail: ['link'] });
});

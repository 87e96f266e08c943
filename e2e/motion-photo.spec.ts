// A motion photo in the viewer (issue 11): the real Samsung One UI 6 HEIC, ingested by the
// running worker (its HEVC clip re-encoded to H.264 by asset:motion), opened from its tile.
// The "Play motion" badge, pressed from the keyboard on a desktop and tapped on a phone, plays
// the clip over the still ('playing' fired), and the still comes back when it ends; a press and
// hold with the mouse plays it while held. Screenshots of both sizes go to reports/.
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';
import { decodeBucket } from '../lib/timeline/bucket-wire';
import { scrollToTile, tileNamed } from './support/timeline';

const FILE = 'samsung-one-ui-6.heic';

/** The file names of every asset on the signed-in user's timeline (the month buckets carry them). */
async function timelineFileNames(page: Page): Promise<string[]> {
  const { buckets } = await (await page.request.get('/api/timeline/buckets')).json();
  const names: string[] = [];
  for (const { month } of buckets as { month: string }[]) names.push(...decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}`)).json()).fileName);
  return names;
}

async function hasMotion(page: Page, id: string): Promise<boolean> {
  const res = await page.request.get(`/api/assets/${id}`);
  return res.ok() && (await res.json()).motion === true;
}

/** Plays the clip from the badge and waits for the still to come back. */
async function playOnce(page: Page, press: () => Promise<void>, screenshot: string) {
  const video = page.getByTestId('motion-video');
  await press();
  await expect(video).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.3);
  expect(await video.evaluate((v: HTMLVideoElement) => [v.muted, v.videoWidth, v.videoHeight])).toEqual([true, 1080, 1440]);
  await page.screenshot({ path: `reports/${screenshot}` });
  await expect(video).toHaveCount(0, { timeout: 15_000 }); // the clip (3.1 s) ended: the still is back
  await expect(page.getByTestId('viewer-image')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play motion' })).toBeVisible();
}

test('a motion photo plays its clip over the still, once, on a desktop and a phone', async ({ page: adminPage, browser }) => {
  await signInAsAdmin(adminPage);
  // A person of their own, so the photo (taken in January 2024) stays out of the admin's
  // timeline that other specs count on; the admin adds the library for them.
  const invite = await (await adminPage.request.post('/api/admin/invites', { data: {} })).json();
  const run = Date.now().toString(36);
  const context = await browser.newContext();
  const page = await context.newPage();
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), email: `motion-${run}@example.test`, name: `Mo ${run}`, password: 'a long motion passphrase' },
    headers: { origin: new URL(adminPage.url()).origin },
  });
  expect(registered.status()).toBe(201);
  const me = (await registered.json()).user.id;
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-motion-')), 'motion');
  await mkdir(root, { recursive: true });
  await cp(path.join(corpusDir, 'immich-test-assets/formats', FILE), path.join(root, FILE));
  expect((await adminPage.request.post('/api/libraries', { data: { name: `Motion ${run}`, rootPath: root, ownerId: me } })).status()).toBe(201);
  // Waits for the photo itself: the total moves with other specs' late count refreshes too.
  await expect.poll(() => timelineFileNames(page).then((names) => names.filter((n) => n === FILE).length), { timeout: 180_000, intervals: [1000] }).toBe(1);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tile = await scrollToTile(page, tileNamed(page, FILE));
  const id = (await tile.getAttribute('data-asset-id'))!;
  await expect.poll(() => hasMotion(page, id), { timeout: 120_000, intervals: [1000] }).toBe(true);
  await tile.click();
  await expect(page).toHaveURL(new RegExp(`/photos/${id}`));
  const badge = page.getByRole('button', { name: 'Play motion' });
  await expect(badge).toBeVisible();
  await expectNoSeriousIssues(page, 'motion photo viewer');
  await page.screenshot({ path: 'reports/motion-desktop-still.png' });

  // Keyboard: the badge is a button.
  await playOnce(
    page,
    async () => {
      await badge.focus();
      await page.keyboard.press('Enter');
    },
    'motion-desktop-playing.png',
  );

  // Press and hold on the photo: plays while held, the still comes back on release.
  const image = page.getByTestId('viewer-image');
  const box = (await image.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByTestId('motion-video')).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await page.mouse.up();
  await expect(page.getByTestId('motion-video')).toHaveCount(0);

  // A phone: the badge fits and plays the same way.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(badge).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousIssues(page, 'motion photo viewer');
  await page.screenshot({ path: 'reports/motion-phone-still.png' });
  await playOnce(page, () => badge.click(), 'motion-phone-playing.png');
  await context.close();
});

// Clips from the video page in Chromium against the built app and its worker: a user of their
// own opens a real video (the corpus webm), opens "Make a clip" from the keyboard, types a range,
// creates a GIF and waits for the running worker to make it (the panel polls the clip), then
// sees the preview at its size with Download and Delete. axe-core on the panel, and screenshots
// of the panel with the finished GIF at 1280 and 390 px go to reports/.
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';
import { decodeBucket } from '../lib/timeline/bucket-wire';

test('a user makes a GIF of a moment, watches it being made, and sees, downloads and deletes it', async ({ page: adminPage, browser }) => {
  await signInAsAdmin(adminPage);
  const invite = await (await adminPage.request.post('/api/admin/invites', { data: {} })).json();
  const run = Date.now().toString(36);
  const context = await browser.newContext();
  const page = await context.newPage();
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), email: `clips-${run}@example.test`, name: `Clara ${run}`, password: 'a long clips passphrase' },
    headers: { origin: new URL(adminPage.url()).origin },
  });
  expect(registered.status()).toBe(201);
  const me = (await registered.json()).user.id;
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-clips-')), 'clips');
  await mkdir(root, { recursive: true });
  await cp(path.join(corpusDir, 'videos/echo-hereweare.webm'), path.join(root, 'Echo here we are.webm'));
  expect((await adminPage.request.post('/api/libraries', { data: { name: `Clips ${run}`, rootPath: root, ownerId: me } })).status()).toBe(201);
  const videoId = async () => {
    const { buckets } = await (await page.request.get('/api/timeline/buckets?type=video')).json();
    for (const { month } of buckets as { month: string }[]) {
      const [id] = decodeBucket(await (await page.request.get(`/api/timeline/bucket?month=${month}&type=video`)).json()).id;
      if (id && (await (await page.request.get(`/api/assets/${id}`)).json()).durationMs) return id as string;
    }
    return null;
  };
  await expect.poll(videoId, { timeout: 180_000, intervals: [1000] }).not.toBeNull();
  const id = (await videoId())!;

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/videos/${id}`);
  await expect(page.getByTestId('player')).not.toHaveAttribute('data-playback', 'unknown');
  const panel = page.getByTestId('clips');
  await expect(panel).toContainText('No clips yet');

  // By keyboard: open the form, type the range, submit with Enter.
  await page.getByRole('button', { name: 'Make a clip' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Start (seconds)').fill('12');
  await page.getByLabel('End (seconds)').fill('15.5');
  await expect(panel).toContainText('0:12–0:15, 3.5 s.');
  await page.getByLabel('End (seconds)').press('Enter');

  const item = panel.getByTestId('clip-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
  const preview = item.getByRole('img', { name: 'Preview of GIF 0:12–0:15' });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, 320, 180]);
  await expect(item.getByRole('link', { name: 'Download GIF 0:12–0:15' })).toHaveAttribute('href', /\/api\/clips\/[0-9a-f-]+\/file$/);
  await expect(item).toContainText('320×180');
  await expectNoSeriousIssues(page, 'clip panel');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'reports/clips-panel-1280.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousIssues(page, 'clip panel');
  await panel.screenshot({ path: 'reports/clips-panel-390.png' });

  // The file downloads under the video's name and range.
  const href = (await item.getByRole('link', { name: /^Download/ }).getAttribute('href'))!;
  const file = await page.request.get(href);
  expect(file.headers()['content-disposition']).toContain('filename="Echo here we are-00-12-00-15.gif"');

  await item.getByRole('button', { name: 'Delete GIF 0:12–0:15' }).click();
  await expect(item).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
  await context.close();
});

// Organise in Chromium against the built app: a user creates a performer and a tag on their
// pages, adds both to a video from the video page's Organise panel (type-ahead, keyboard),
// opens the performer's page and finds the video there. axe-core on /performers, a performer
// page and the panel at 390 and 1280 px, with screenshots kept under reports/screenshots.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { ensureVideoLibrary } from './support/video-library';

let videoId: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signInAsAdmin(page);
  videoId = (await ensureVideoLibrary(page.request)).direct;
  await page.close();
});

test.beforeEach(async ({ page }) => signInAsAdmin(page));

test('creates a performer and a tag, adds them to a video, and finds the video on the performer page', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  const performer = `Pat Performer ${suffix}`;
  const tag = `Seaside ${suffix}`;

  await page.goto('/performers');
  await page.getByRole('button', { name: 'New performer' }).click();
  await page.getByLabel('Name of the new performer').fill(performer);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('entity-name')).toHaveText(performer);
  const performerUrl = page.url();

  await page.goto('/tags');
  await page.getByRole('button', { name: 'New tag' }).click();
  await page.getByLabel('Name of the new tag').fill(tag);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('entity-name')).toHaveText(tag);

  await page.goto(`/videos/${videoId}`);
  const panel = page.getByTestId('organise-panel');
  await expect(panel).toBeVisible();
  const addPerformer = panel.getByRole('combobox', { name: 'Add a performer' });
  await addPerformer.fill(`pat performer ${suffix}`);
  await expect(panel.getByRole('option', { name: performer })).toBeVisible();
  await addPerformer.press('Enter');
  await expect(panel.getByRole('list', { name: 'Performers' })).toContainText(performer);
  await expect(panel.getByTestId('cast-tag')).toContainText('Solo');
  const addTag = panel.getByRole('combobox', { name: 'Add a tag' });
  await addTag.fill(tag);
  await expect(panel.getByRole('option', { name: tag, exact: true })).toBeVisible();
  await addTag.press('Enter');
  await expect(panel.getByRole('list', { name: 'Tags' })).toContainText(tag);

  // Both are in the database: a reload shows them.
  await page.reload();
  await expect(page.getByTestId('organise-panel').getByRole('list', { name: 'Performers' })).toContainText(performer);
  await expect(page.getByTestId('organise-panel').getByRole('list', { name: 'Tags' })).toContainText(tag);

  await page.goto(performerUrl);
  const videos = page.getByTestId('entity-videos');
  await expect(videos.getByTestId('video-card')).toHaveCount(1);
  await expect(videos.getByRole('link', { name: /vp-direct/ })).toBeVisible();
  await expect(page.getByTestId('entity-page')).toContainText('1 video');
});

test('the organise pages and the panel pass axe at 390 and 1280 px (screenshots kept)', async ({ page }) => {
  const name = `Screenshot Star ${randomBytes(3).toString('hex')}`;
  const made = await page.request.post('/api/performers', { data: { name, aliases: ['S. Star'] } });
  expect(made.status()).toBe(201);
  const id = (await made.json()).id as string;
  expect((await page.request.patch(`/api/assets/${videoId}/organise`, { data: { addPerformerIds: [id], addTagNames: ['Screenshot tag'], studioName: 'Screenshot Studio' } })).status()).toBe(200);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/performers');
    await expect(page.getByTestId('entity-grid')).toBeVisible();
    await expectNoSeriousIssues(page, '/performers');
    await page.screenshot({ path: `reports/screenshots/organise-performers-${viewport.width}.png`, fullPage: true });
    await page.goto(`/performers/${id}`);
    await expect(page.getByTestId('entity-videos').getByTestId('video-card')).toHaveCount(1);
    await page.getByRole('button', { name: 'Edit' }).click();
    await expectNoSeriousIssues(page, '/performers/[id]');
    await page.screenshot({ path: `reports/screenshots/organise-performer-${viewport.width}.png`, fullPage: true });
    await page.goto(`/videos/${videoId}`);
    const panel = page.getByTestId('organise-panel');
    await panel.scrollIntoViewIfNeeded();
    await expectNoSeriousIssues(page, '/videos/[id]');
    await panel.screenshot({ path: `reports/screenshots/organise-panel-${viewport.width}.png` });
  }
});

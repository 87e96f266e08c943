// The auto-tagger as a household member meets it, in real Chromium against the built app: a
// library of videos named after people, a studio and places; a .nfo beside one more video brings
// those names into the member's catalogue; /videos/auto-tag previews what matching the folder and
// file names would add (a table on a desktop, cards on a 390 px phone), Apply runs it with a
// progress bar, and a second preview finds nothing left. Screenshots go to reports/. Waits on API
// state, never on a timer.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import type { VideoPage } from '../lib/catalogue/catalogue.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

const exec = promisify(execFile);
const SAMPLE = path.join(corpusDir, 'videos/androidx/mp4_sample.mp4');
const VIDEOS = ['North Films/Jane.Doe at the beach.mp4', 'North Films/jane_doe-sunset.mp4', 'Trips/road-trip with robert smith.mp4', 'Trips/Annabel and the beaches.mp4'];
const SEED_NFO = `<?xml version="1.0" encoding="UTF-8"?>
<movie><title>Seed</title><studio>North Films</studio><genre>Beach</genre><tag>Road Trip</tag><tag>Sunset</tag>
<actor><name>Jane Doe</name></actor><actor><name>Robert Smith</name></actor><actor><name>Ann</name></actor></movie>`;

/** The sample under another name, made a file of its own (a comment in its metadata): copies of
 * one file would be one catalogue entry (lib/duplicates). */
async function place(root: string, relPath: string) {
  await mkdir(path.dirname(path.join(root, relPath)), { recursive: true });
  await exec('ffmpeg', ['-v', 'error', '-i', SAMPLE, '-c', 'copy', '-map', '0', '-metadata', `comment=${relPath}`, path.join(root, relPath)]);
}

async function videos(page: Page): Promise<VideoPage> {
  const res = await page.request.get('/api/videos?pageSize=96');
  expect(res.status()).toBe(200);
  return res.json();
}

test('a member previews and applies the auto-tagger, on a desktop and a phone', async ({ page: admin, browser }) => {
  await signInAsAdmin(admin);
  const invite = await (await admin.request.post('/api/admin/invites', { data: {} })).json();
  const run = Date.now().toString(36);
  const context = await browser.newContext();
  const page = await context.newPage();
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), email: `tagger-${run}@example.test`, name: `Tia ${run}`, password: 'tag all the things please' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  const me = (await registered.json()).user.id;

  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-autotag-'));
  for (const v of VIDEOS) await place(root, v);
  const { library } = await (await admin.request.post('/api/libraries', { data: { name: `Tagged ${run}`, rootPath: root, ownerId: me } })).json();
  // Once every video has its teaser, the auto-tag jobs queued after their ingests (which run
  // before video media) are done: they found no names, the member has none yet.
  await expect.poll(async () => (await videos(page)).items.filter((v) => v.teaserUrl).length, { timeout: 180_000, intervals: [1000] }).toBe(VIDEOS.length);

  // One more video with a .nfo: its import creates the names in the member's catalogue.
  await place(root, 'Seed/seed.mp4');
  await writeFile(path.join(root, 'Seed/seed.nfo'), SEED_NFO);
  expect((await admin.request.post(`/api/libraries/${library.id}/scan`)).status()).toBeLessThan(300);
  await expect.poll(async () => (await videos(page)).items.some((v) => v.title === 'Seed'), { timeout: 180_000, intervals: [1000] }).toBe(true);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/videos');
  await page.getByRole('link', { name: 'Auto-tag' }).click();
  await expect(page).toHaveURL(/\/videos\/auto-tag$/);
  await page.getByLabel('Videos').selectOption({ label: `Library: Tagged ${run}` });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('auto-tag-preview');
  await expect(preview).toContainText('3 of 5 videos would change');
  const table = preview.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /Jane.Doe at the beach/ })).toContainText('Jane Doe');
  await expect(table.getByRole('row', { name: /road-trip with robert smith/ })).toContainText('Robert Smith');
  await expectNoSeriousIssues(page, 'auto-tag preview');
  await page.screenshot({ path: 'reports/auto-tag-preview-1280.png', fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(preview.getByRole('listitem')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousIssues(page, 'auto-tag preview on a phone');
  await page.screenshot({ path: 'reports/auto-tag-preview-390.png', fullPage: true });

  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('auto-tag-run')).toContainText('Done: 3 of 5 videos changed.', { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await page.screenshot({ path: 'reports/auto-tag-done-390.png', fullPage: true });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('Nothing to add: 5 videos looked at.');
  await context.close();
});

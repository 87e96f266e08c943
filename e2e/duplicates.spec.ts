// Duplicates in real Chromium against the built app: a household member's library (their own
// account, so the admin's timeline, which other specs count and scroll, is left as it was)
// holds a clip, a copy
// of the same file in another folder and a re-encode at another size; once ingest and the
// video:phash jobs are done, /videos shows the file once, the copy's page redirects to the
// first copy and lists "Also in", and /videos/duplicates shows the re-encode pair side by side
// (screenshots at 1280 and 390 px, axe, nothing scrolls sideways). "Keep this one", pressed
// from the keyboard, moves the re-encode to the trash. Waits on API state, never on a timer.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import type { DuplicatePairs } from '../lib/duplicates/duplicates.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';

const run = promisify(execFile);

async function makeFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-duplicates-'));
  for (const dir of ['films', 'backup', 'small']) await mkdir(path.join(root, dir));
  const original = path.join(root, 'films', 'harbour.mp4');
  await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-t', '30', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', original]);
  await copyFile(original, path.join(root, 'backup', 'harbour.mp4'));
  await run('ffmpeg', ['-v', 'error', '-i', original, '-vf', 'scale=320:-2', '-c:v', 'mpeg4', '-q:v', '6', path.join(root, 'small', 'harbour-small.avi')]);
  return root;
}

/** A new member of the household, registered by invitation, signed in on `page`. */
async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `dup-${randomBytes(4).toString('hex')}@example.test`, name: 'Dee Duplicate', password: 'two copies of every holiday' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

test('copies are one entry; /videos/duplicates shows the re-encode pair and keeps one', async ({ page: admin, browser }) => {
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const memberId = await newMember(admin, page);
  const root = await makeFolder();
  expect((await admin.request.post('/api/libraries', { data: { name: 'Harbour films', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  let pairs: DuplicatePairs = { distance: 10, pairs: [] };
  await expect
    .poll(async () => {
      pairs = await (await page.request.get('/api/videos/duplicates?distance=10')).json();
      return pairs.pairs.length;
    }, { timeout: 300_000, intervals: [1000] })
    .toBe(1);
  const [pair] = pairs.pairs;
  const small = pair.videos.find((v) => v.relPath.startsWith('small/'))!;
  const kept = pair.videos.find((v) => v !== small)!;
  expect(pair.distance).toBeLessThanOrEqual(10);

  // The copy's page is the first copy's, which lists where else the file is.
  const copies = await (await page.request.get(`/api/assets/${kept.id}/copies`)).json();
  const other = copies.copies.find((c: { current: boolean }) => !c.current);
  await page.goto(`/videos/${other.id}`);
  await expect(page).toHaveURL(new RegExp(`/videos/${kept.id}$`));
  await expect(page.getByTestId('video-copy')).toContainText(`Also in: Harbour films / ${other.relPath}`);
  await expect(page.getByTestId('video-phash')).toHaveText(/^[0-9a-f]{16}$/);

  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/videos/duplicates?distance=10');
    await expect(page.getByTestId('duplicate-pair')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Low' })).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousIssues(page, '/videos/duplicates');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `reports/duplicates-${viewport.width}.png`, fullPage: true });
  }

  // Keyboard: focus "Keep this one" on the original and press Enter; the re-encode goes to the trash.
  const keep = page.locator(`[data-asset-id="${kept.id}"]`).getByRole('button', { name: 'Keep this one' });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('duplicates-empty')).toBeVisible();
  const trashed = await (await page.request.get(`/api/assets/${small.id}`)).json();
  expect(trashed.status).toBe('trashed');
  await context.close();
});

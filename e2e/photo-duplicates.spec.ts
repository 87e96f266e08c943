// Photo duplicates in real Chromium against the built app: a household member of its own (the
// admin's timeline, which other specs count, is left as it was) has a corpus photo, a half-size
// re-encoded copy of it, and a different photo. Once ingest and ml:analyze (the phash part) are
// done, /duplicates shows the one group side by side (screenshots at 1280 and 390 px, axe,
// nothing scrolls sideways); "Keep this one" on the full-size photo, pressed from the keyboard,
// moves the copy to the trash, where it is listed. Waits on API state, never on a timer.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import type { PhotoDuplicateGroups } from '../lib/duplicates/photo-duplicates.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'immich-test-assets', 'nature');

async function makeFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-photo-duplicates-'));
  for (const dir of ['walks', 'exports']) await mkdir(path.join(root, dir));
  await copyFile(path.join(corpus, 'wood_anemones.jpg'), path.join(root, 'walks', 'anemones.jpg'));
  await sharp(path.join(corpus, 'wood_anemones.jpg')).rotate().resize(300).jpeg({ quality: 60 }).toFile(path.join(root, 'exports', 'anemones-small.jpg'));
  await copyFile(path.join(corpus, 'el_torcal_rocks.jpg'), path.join(root, 'walks', 'rocks.jpg'));
  return root;
}

/** A new member of the household, registered by invitation, signed in on `page`. */
async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `pdup-${randomBytes(4).toString('hex')}@example.test`, name: 'Pat Photos', password: 'two prints of every walk' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

test('/duplicates groups a photo with its smaller copy; keeping one puts the other in the trash', async ({ page: admin, browser }) => {
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const memberId = await newMember(admin, page);
  expect((await admin.request.post('/api/libraries', { data: { name: 'Walks', rootPath: await makeFolder(), ownerId: memberId } })).status()).toBe(201);

  let groups: PhotoDuplicateGroups = { threshold: 0, groups: [] };
  await expect
    .poll(async () => {
      groups = await (await page.request.get('/api/duplicates')).json();
      return groups.groups.map((g) => g.photos.map((p) => p.fileName).sort().join());
    }, { timeout: 300_000, intervals: [1000] })
    .toEqual(['anemones-small.jpg,anemones.jpg']);
  const [group] = groups.groups;
  const full = group.photos.find((p) => p.fileName === 'anemones.jpg')!;
  const small = group.photos.find((p) => p !== full)!;
  expect(group.suggestedId).toBe(full.id);

  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/duplicates');
    await expect(page.getByTestId('duplicate-group')).toHaveCount(1);
    await expect(page.getByTestId('duplicate-photo')).toHaveCount(2);
    await expect(page.locator(`[data-asset-id="${full.id}"]`)).toContainText('Suggested');
    await expect(page.getByRole('navigation', { name: 'Duplicates of' }).getByRole('link', { name: 'Videos' })).toHaveAttribute('href', '/videos/duplicates');
    await expectNoSeriousIssues(page, '/duplicates');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `reports/photo-duplicates-${viewport.width}.png`, fullPage: true });
  }

  // Keyboard: focus "Keep this one" on the full-size photo and press Enter.
  const keep = page.locator(`[data-asset-id="${full.id}"]`).getByRole('button', { name: /^Keep this one/ });
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('duplicates-empty')).toBeVisible();
  expect((await (await page.request.get(`/api/assets/${small.id}`)).json()).status).toBe('trashed');
  expect((await (await page.request.get(`/api/assets/${full.id}`)).json()).status).toBe('online');
  await page.goto('/trash');
  await expect(page.locator(`a[href*="${small.id}"]`).first()).toBeVisible();
  await context.close();
});

// Admin → Jobs → Models in real Chromium, on a server that cannot reach the model hub (as on
// the machines the tests run on; the e2e server's ML_MODELS_HOST is an address fetch refuses).
// A household member's one-photo library queues its analysis; the worker tries to download the
// CLIP model, cannot, and the Models section shows the model as failed with what to do
// (`models pull` or copy it into the models folder). Screenshots at 1280 and 390 px, axe, no
// sideways scroll. Waits on what the page shows, reloading, never on a timer.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `ml-${randomBytes(4).toString('hex')}@example.test`, name: 'Mo Models', password: 'a model of a household' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

test('the Models section shows the CLIP download failed, with the way out', async ({ page: admin, browser }) => {
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const memberId = await newMember(admin, await context.newPage());
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-ml-'));
  await copyFile(path.join(corpusDir, 'photos', 'orientation', 'Landscape_1.jpg'), path.join(root, 'Landscape_1.jpg'));
  expect((await admin.request.post('/api/libraries', { data: { name: 'Model test', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  const models = admin.getByTestId('ml-models');
  const clip = models.getByTestId('ml-model').filter({ hasText: 'Xenova/clip-vit-base-patch32' });
  await expect
    .poll(async () => {
      await admin.goto('/admin/jobs');
      return (await clip.textContent()) ?? '';
    }, { timeout: 180_000, intervals: [1000] })
    .toContain('Failed');
  await expect(clip).toContainText('CLIP: semantic search and photo questions');
  await expect(clip).toContainText('Shoebox could not download Xenova/clip-vit-base-patch32 (offline?)');
  await expect(clip).toContainText('npm run shoebox -- models pull');
  await expect(clip).toContainText('copy the model into');
  await expect(admin.getByRole('heading', { name: 'Models' })).toBeVisible();

  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await admin.setViewportSize(viewport);
    await clip.scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `reports/ml-models-${viewport.width}.png` });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expectNoSeriousIssues(admin, 'admin jobs with models');
  }
  await context.close();
});

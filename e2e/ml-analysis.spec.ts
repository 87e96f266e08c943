// The admin's "ML analysis" section in real Chromium against the built app: a household
// member's library (their own account, so the admin's timeline, which other specs count, is left
// as it was) of three photos is ingested, the worker analyses them, and /admin → Jobs shows each
// analysis part (colours, quality, and whatever else is registered) with its count rising to the
// total (screenshots at 1280 and 390 px, axe, nothing scrolls sideways). Waits on API state.
import { mkdir, mkdtemp, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import type { MlProgress } from '../lib/ml/ml.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { corpusDir } from './support/corpus';

const PHOTOS = ['photos/orientation/Landscape_1.jpg', 'photos/orientation/Portrait_3.jpg', 'immich-test-assets/formats/8bit-sRGB.avif'];

/** A new member of the household, registered by invitation in `page`'s own context (registering
 * signs in: on the admin's page it would replace the admin's session). */
async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `ml-${randomBytes(4).toString('hex')}@example.test`, name: 'Mel Analysis', password: 'colours of every holiday' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

test('/admin → Jobs shows the ML analysis of a new library part by part', async ({ page, browser }) => {
  await signInAsAdmin(page);
  const context = await browser.newContext();
  const memberId = await newMember(page, await context.newPage());
  await context.close();
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-ml-'));
  await mkdir(path.join(root, 'trip'));
  for (const file of PHOTOS) await cp(path.join(corpusDir, file), path.join(root, 'trip', path.basename(file)));
  expect((await page.request.post('/api/libraries', { data: { name: 'Colour trip', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  // The worker ingests, then analyses (ml:analyze runs last): wait until nothing is queued.
  await expect
    .poll(async () => {
      const progress: MlProgress = await (await page.request.get('/api/admin/ml-analysis')).json();
      const colours = progress.parts.find((p) => p.name === 'colours')!;
      return progress.jobs.queued + progress.jobs.running === 0 && colours.done >= PHOTOS.length && colours.done === progress.total;
    }, { timeout: 240_000, intervals: [1000] })
    .toBe(true);

  for (const viewport of [...VIEWPORTS].reverse()) {
    await page.setViewportSize(viewport);
    const section = page.getByTestId('ml-progress');
    // Other specs' libraries may still be ingesting: the counts must meet, whatever the total
    // (the page is loaded again until they do).
    for (const name of ['colours', 'quality']) {
      const part = section.getByTestId('ml-part').filter({ hasText: new RegExp(name, 'i') });
      await expect
        .poll(async () => {
          await page.goto('/admin/jobs');
          const [, done, total] = /(\d+) of (\d+) analysed/.exec((await part.textContent()) ?? '') ?? [];
          return done !== undefined && done === total && Number(done) >= PHOTOS.length;
        }, { timeout: 120_000, intervals: [2000] })
        .toBe(true);
      const bar = part.getByRole('progressbar', { name: `${name}: assets analysed` });
      expect(await bar.getAttribute('aria-valuenow')).toBe(await bar.getAttribute('aria-valuemax'));
    }
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `test-results/ml-analysis-${viewport.width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousIssues(page, '/admin/jobs');
  }
});

// The one search box in real Chromium against the built app: a household member of their own
// (the admin's timeline, which other specs count, stays as it was) with three garden photos and a
// zebra. The top bar's Enter goes to /search?q=garden; the results grid shows the three (axe,
// no sideways scroll, screenshots at 1280 and 390 px); the viewer opened from a result walks
// previous/next inside the results only and goes back to them; the info panel shows what the
// analysis found (rows written here: the CLIP and faces parts are other helpers' work) with the
// face drawn and named. Waits on API and job state, never on a timer.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import pg from 'pg';
import type { SearchResults } from '../lib/search/search.schemas';
import { runningEmbeddedUrl } from '../lib/server/embedded-db';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

const FILES: [string, string][] = [
  ['orientation/Landscape_1.jpg', 'garden/garden-a.jpg'],
  ['orientation/Landscape_2.jpg', 'garden/garden-b.jpg'],
  ['orientation/Portrait_3.jpg', 'garden/garden-c.jpg'],
  ['orientation/Landscape_5.jpg', 'zoo/zebra.jpg'],
];

async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `find-${randomBytes(4).toString('hex')}@example.test`, name: 'Sam Search', password: 'where did I put that photo' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

async function database(): Promise<pg.Client> {
  const url = await runningEmbeddedUrl(path.join('.e2e-data', 'postgres'), Number(process.env.E2E_PG_PORT ?? 54331), 'shoebox');
  if (!url) throw new Error('The e2e database is not running');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

test('search a word, open a result, walk the results only, read the analysis', async ({ page: admin, browser }) => {
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const memberId = await newMember(admin, page);
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-search-'));
  for (const [from, to] of FILES) {
    await mkdir(path.dirname(path.join(root, to)), { recursive: true });
    await copyFile(path.join(corpusDir, 'photos', from), path.join(root, to));
  }
  expect((await admin.request.post('/api/libraries', { data: { name: 'Garden', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  let found: SearchResults | null = null;
  await expect
    .poll(async () => {
      found = await (await page.request.get('/api/search?q=garden')).json();
      return found?.items.length;
    }, { timeout: 300_000, intervals: [1000] })
    .toBe(3);
  const ids = found!.items.map((h) => h.id);
  const zebra = (await (await page.request.get('/api/search?q=zebra')).json()).items[0].id as string;

  // What the analysis would have found for the first result, written once its own run is over.
  const db = await database();
  try {
    await expect
      .poll(async () => Number((await db.query(`SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'ml:analyze' AND attempts < max_attempts`)).rows[0].count), { timeout: 120_000, intervals: [1000] })
      .toBe(0);
    const person = await db.query(`INSERT INTO people (owner_id, name) VALUES ($1, 'Grace Gardener') RETURNING id`, [memberId]);
    await db.query(`INSERT INTO faces (asset_id, person_id, box_x, box_y, box_w, box_h, score, descriptor) VALUES ($1, $2, 0.35, 0.25, 0.2, 0.3, 0.98, $3)`, [ids[0], person.rows[0].id, Buffer.alloc(512)]);
    await db.query(
      `INSERT INTO analyses (asset_id, palette, color_name, quality, quality_parts, answers, labels, caption)
       VALUES ($1, $2, 'green', 72, $3, $4, ARRAY['is_outdoors'], 'a garden path in the sun')
       ON CONFLICT (asset_id) DO UPDATE SET palette = $2, color_name = 'green', quality = 72, quality_parts = $3, answers = $4, labels = ARRAY['is_outdoors'], caption = 'a garden path in the sun'`,
      [ids[0], JSON.stringify([{ hex: '#4a7a3a', share: 0.5 }, { hex: '#c8d0a0', share: 0.3 }, { hex: '#303828', share: 0.2 }]), JSON.stringify({ sharpness: 0.8, exposure: 0.7, noise: 0.9, resolution: 0.6 }), JSON.stringify({ is_outdoors: 0.93 })],
    );
  } finally {
    await db.end();
  }

  // Enter in the top bar searches everything.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByTestId('top-search').fill('garden');
  await page.getByTestId('top-search').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=garden$/);
  await expect(page.getByTestId('search-tile')).toHaveCount(3);
  await expect(page.getByTestId('search-status')).toContainText('3 results');
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await expect(page.getByTestId('search-tile')).toHaveCount(3);
    await expectNoSeriousIssues(page, '/search?q=garden');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `reports/search-${viewport.width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Filters live in the URL: the colour swatch narrows to the analysed photo, back undoes it.
  await page.getByRole('button', { name: /Filters/ }).click();
  await page.getByRole('button', { name: 'green', exact: true }).click();
  await expect(page).toHaveURL(/colour=green/);
  await expect(page.getByTestId('search-tile')).toHaveCount(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('search-filters')).toBeVisible();
  await expectNoSeriousIssues(page, '/search with filters');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'reports/search-filters-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goBack();
  await expect(page.getByTestId('search-tile')).toHaveCount(3);

  // The viewer walks the results, never the zebra, and goes back to them.
  await page.getByTestId('search-tile').first().focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByTestId('viewer');
  await expect(viewer).toHaveAttribute('data-asset-id', ids[0]);
  const previous = page.locator('button[aria-label="Previous (newer)"]');
  const next = page.locator('button[aria-label="Next (older)"]');
  // Each arrow is pressed once the neighbours inside the results are known (the button is on).
  await expect(next).toBeEnabled();
  await expect(previous).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toHaveAttribute('data-asset-id', ids[1]);
  await expect(next).toBeEnabled();
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toHaveAttribute('data-asset-id', ids[2]);
  await expect(previous).toBeEnabled();
  await expect(next).toBeDisabled(); // the last result: the zebra is never next
  expect(ids).not.toContain(zebra);
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toHaveAttribute('data-asset-id', ids[1]);
  await expect(previous).toBeEnabled();
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toHaveAttribute('data-asset-id', ids[0]);

  // The info panel: palette, quality, answers, caption, and the face drawn with its name.
  await page.keyboard.press('i');
  const panel = page.getByTestId('info-panel');
  await expect(panel.getByTestId('analysis')).toContainText('a garden path in the sun');
  await expect(panel).toContainText('72 / 100');
  await expect(panel).toContainText('outdoors 93%');
  await expect(panel).toContainText('#4a7a3a 50%');
  await panel.getByTestId('toggle-faces').click();
  await expect(page.getByTestId('face-box')).toHaveCount(1);
  await expect(page.getByTestId('face-box')).toContainText('Grace Gardener');
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await expectNoSeriousIssues(page, 'viewer info panel');
    await page.screenshot({ path: `reports/search-info-panel-${viewport.width}.png` });
  }

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/search\?q=garden$/);
  await expect(page.getByTestId('search-tile')).toHaveCount(3);

  // Nothing typed: hints; nothing found: help instead of an empty page.
  await page.goto('/search');
  await expect(page.getByTestId('search-hints')).toBeVisible();
  await page.getByTestId('search-box').fill('garden zebra');
  await page.getByTestId('search-box').press('Enter');
  await expect(page).toHaveURL(/q=garden\+zebra/);
  await expect(page.getByTestId('search-empty')).toContainText('Nothing matches “garden zebra”');
  await expectNoSeriousIssues(page, '/search without results');
  await context.close();
});

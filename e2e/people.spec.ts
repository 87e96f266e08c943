// People from faces in real Chromium against the built app (the worker runs the real face-api
// weights): a household member's own library holds the faces corpus (three photos of Obama, two
// of Biden, one of both); once analysis and clustering are done, /people shows two unnamed
// people. The member names one from the keyboard, opens their page and sees their four photos
// as tiles that open the viewer, then searches the name and finds those four photos, the name
// drawn on the face in the viewer. Screenshots at 1280 and 390 px, axe, nothing scrolls sideways.
// Waits on API state, never on a timer.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { PersonCard } from '../lib/faces/faces.schemas';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues } from './support/axe';
import { corpusDir } from './support/corpus';

/** A new member of the household, registered by invitation, signed in on `page`. */
async function newMember(admin: Page, page: Page): Promise<string> {
  const invite = await admin.request.post('/api/admin/invites', { data: { role: 'user' } });
  expect(invite.status()).toBe(201);
  const registered = await page.request.post('/api/auth/register', {
    data: { invite: new URL((await invite.json()).url).searchParams.get('invite'), email: `faces-${randomBytes(4).toString('hex')}@example.test`, name: 'Fay Faces', password: 'every face has a name' },
    headers: { origin: new URL(admin.url()).origin },
  });
  expect(registered.status()).toBe(201);
  return (await registered.json()).user.id;
}

test('faces become people: name one, see their photos', async ({ page: admin, browser }) => {
  test.setTimeout(600_000);
  await signInAsAdmin(admin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const memberId = await newMember(admin, page);
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-e2e-faces-')), 'faces');
  await cp(path.join(corpusDir, 'faces'), root, { recursive: true });
  expect((await admin.request.post('/api/libraries', { data: { name: 'Portraits', rootPath: root, ownerId: memberId } })).status()).toBe(201);

  let people: PersonCard[] = [];
  await expect
    .poll(async () => {
      people = (await (await page.request.get('/api/people')).json()).people;
      return people.map((p) => p.faceCount).sort();
    }, { timeout: 480_000, intervals: [2000] })
    .toEqual([3, 4]);
  const obama = people.find((p) => p.faceCount === 4)!;

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/people');
  await expect(page.getByTestId('person-card')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Add a name' })).toHaveCount(2);
  await expectNoSeriousIssues(page, '/people');
  await page.screenshot({ path: 'reports/people-1280.png', fullPage: true });

  // Name the person with four faces, from the keyboard.
  const card = page.getByTestId('person-card').filter({ has: page.getByRole('link', { name: /4 faces/ }) });
  await card.getByRole('button', { name: 'Add a name' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Barack Obama');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Barack Obama', exact: true })).toBeVisible();

  await card.getByRole('link', { name: /Barack Obama, 4 faces/ }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${obama.id}$`));
  await expect(page.getByRole('heading', { name: 'Barack Obama' })).toBeAttached();
  await expect(page.getByTestId('person-photos').getByTestId('tile')).toHaveCount(4);
  await expect(page.getByTestId('person-face')).toHaveCount(4);
  await expectNoSeriousIssues(page, '/people/[id]');
  await page.screenshot({ path: 'reports/person-1280.png', fullPage: true });

  for (const [route, shot] of [['/people', 'people-390'], [`/people/${obama.id}`, 'person-390']]) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(route);
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoSeriousIssues(page, route);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `reports/${shot}.png`, fullPage: true });
  }

  // A tile opens the photo viewer.
  await page.getByTestId('person-photos').getByTestId('tile').first().click();
  await expect(page).toHaveURL(/\/photos\/[0-9a-f-]{36}$/);

  // The name is searchable: the top bar's search finds the four photos of the person just named
  // (and the viewer's info panel draws their name on the face).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByTestId('top-search').fill('obama');
  await page.getByTestId('top-search').press('Enter');
  await expect(page).toHaveURL(/\/search\?/);
  await expect(page.getByTestId('search-tile')).toHaveCount(4);
  await page.getByTestId('search-tile').first().click();
  await expect(page.getByTestId('viewer')).toBeVisible();
  await page.keyboard.press('i');
  await page.getByTestId('info-panel').getByTestId('toggle-faces').click();
  await expect(page.getByTestId('face-box').filter({ hasText: 'Barack Obama' })).toHaveCount(1);
  await page.screenshot({ path: 'reports/person-search-faces-1280.png' });
  await context.close();
});

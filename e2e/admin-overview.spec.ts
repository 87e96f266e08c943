// The administrator's overview at /admin: reached from the top bar's one "Admin" entry, it
// shows the library with its counts, the queue and workers, and the growth and throughput
// charts (drawn, with their numbers in hidden tables); axe finds no serious or critical issue
// there nor on the other admin pages, on a phone and on a desktop. Screenshots are kept in
// reports/ for people to look at.
import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { ensureYearsLibrary } from './support/years-library';

test('the admin overview shows the library, the queue, the workers and the charts', async ({ page }) => {
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);
  const { libraries } = await (await page.request.get('/api/libraries')).json();
  const years = libraries.find((l: { name: string }) => l.name === 'Nine years');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  // The library's row: one video, the rest photos (the broken files are files of the folder too).
  const row = page.getByTestId('overview-libraries').getByRole('row', { name: /Nine years/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(years.counts.total - 1));
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await expect(row).toContainText('online');
  await expect(page.getByTestId('overview-users')).toContainText('Administrators1');
  await expect(page.getByTestId('derived-by-kind')).toContainText('Thumbnails');

  // Live parts: the worker started with the server heartbeats, the ingest shows as throughput.
  await expect(page.getByTestId('overview-workers')).toContainText('heartbeat');
  await expect(page.getByTestId('ingest-rate')).toContainText(/^[1-9][\d,]* assets ingested in the last hour/);
  await expect(page.getByTestId('queue-counts')).toContainText('Failed (24 h)');

  // Three charts drawn (growth in assets, in storage, throughput), each with its text alternative.
  await expect(page.locator('main .recharts-wrapper')).toHaveCount(3);
  await expect(page.getByRole('figure', { name: /^Assets added per month, .* photos and 1 videos?/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Assets added per month' })).toBeAttached();
  await expect(page.getByRole('figure', { name: /^Storage by month, cumulative/ })).toBeVisible();

  // The refresh: the live part is asked for again within about ten seconds.
  await page.waitForResponse((r) => r.url().includes('/api/admin/overview?part=live') && r.ok(), { timeout: 20_000 });

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/admin');
    await expect(page.locator('main .recharts-wrapper')).toHaveCount(3);
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expectNoSeriousIssues(page, '/admin');
    await page.screenshot({ path: `reports/admin-overview-${viewport.width}.png`, fullPage: true });
    for (const path of ['/admin/jobs', '/admin/users', '/admin/libraries']) {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: path === '/admin/jobs' ? 'Jobs' : path === '/admin/users' ? 'Users' : 'Libraries' }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expectNoSeriousIssues(page, path);
      await page.goto('/admin');
    }
  }
  // On a phone the libraries are a list, not a table.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('overview-libraries-list')).toContainText('Nine years');
});

test('a member of the household who is not an administrator is sent home from /admin', async ({ page, browser }) => {
  await signInAsAdmin(page);
  const invite = await (await page.request.post('/api/admin/invites', { data: {} })).json();
  const run = Date.now().toString(36);
  const context = await browser.newContext();
  const member = await context.newPage();
  const registered = await member.request.post('/api/auth/register', {
    data: { invite: new URL(invite.url).searchParams.get('invite'), email: `member-${run}@example.test`, name: `Mo ${run}`, password: 'a long enough password' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(registered.status()).toBe(201);
  await member.goto('/admin');
  await expect(member).toHaveURL(/\/$/);
  await expect(member.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(0);
  expect((await member.request.get('/api/admin/overview')).status()).toBe(403);
  await context.close();
});

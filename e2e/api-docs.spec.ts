// The API reference page in Chromium: Swagger UI served by Shoebox itself (no CDN) renders the
// operations of /api/openapi.json under the app's Content-Security-Policy, "Try it out" calls
// the API with the browser's session cookie, and axe finds no serious or critical issue on a
// phone or a desktop.
import { expect, test } from '@playwright/test';
import { admin, signInAsAdmin } from './support/admin-session';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';

test('the API reference lists the operations and tries one with the session cookie', async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const offsite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(baseURL ?? '').origin) && !request.url().startsWith('data:')) offsite.push(request.url());
  });

  await signInAsAdmin(page);
  offsite.length = 0;
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Shoebox API/ })).toBeVisible();
  // Operations of several domains are listed.
  await expect(page.locator('.opblock-tag-section')).toHaveCount(12);
  await expect(page.locator('#operations-Me-getMe')).toBeVisible();
  await expect(page.locator('#operations-Timeline-getTimelineBucket')).toBeVisible();
  expect(await page.locator('.opblock').count()).toBeGreaterThan(150);

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `test-results/api-docs-${viewport.width}.png` });
    await expectNoSeriousIssues(page, '/api/docs');
  }

  // Try it out: GET /api/me answers the signed-in administrator (the cookie went along).
  await page.setViewportSize({ width: 1280, height: 800 });
  const me = page.locator('#operations-Me-getMe');
  await me.locator('.opblock-summary-control').click();
  await me.getByRole('button', { name: 'Try it out' }).click();
  await me.getByRole('button', { name: 'Execute' }).click();
  await expect(me.locator('.live-responses-table .response-col_status').first()).toHaveText('200');
  await expect(me.locator('.live-responses-table .microlight').first()).toContainText(admin.email);
  await page.screenshot({ path: 'test-results/api-docs-try-it-out.png' });

  expect(refused).toEqual([]);
  expect(offsite).toEqual([]);
});

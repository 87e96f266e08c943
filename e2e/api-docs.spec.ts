// The API reference page in Chromium: Swagger UI served by Shoebox itself (no CDN) renders the
// operations of /api/openapi.json under the app's Content-Security-Policy, "Try it out" calls
// the API with the browser's session cookie, and axe finds no serious or critical issue on a
// phone or a desktop. Swagger UI 5 renders only the operations near the viewport, so the spec
// folds the sections above the one it needs, as a reader would.
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
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Shoebox API/, level: 1 })).toBeVisible();
  // The first domain's operations are listed, each with its method, path and summary.
  await expect(page.locator('[id^="operations-Auth-"]')).toHaveCount(8);
  await expect(page.getByRole('button', { name: /^POST \/api\/auth\/login Sign in with email and password/ })).toBeVisible();

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `test-results/api-docs-${viewport.width}.png` });
    await expectNoSeriousIssues(page, '/api/docs');
  }

  // Fold Auth: the next domain's operations come up.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#operations-tag-Auth').click();
  await expect(page.locator('[id^="operations-Auth-"]')).toHaveCount(0);
  await expect(page.locator('#operations-Me-getMe')).toBeVisible();

  // Try it out: GET /api/me answers the signed-in administrator (the cookie went along).
  const me = page.locator('#operations-Me-getMe');
  await me.locator('.opblock-summary-control').click();
  await expect(me.getByRole('button', { name: /Try it out/ })).toBeVisible();
  await me.getByRole('button', { name: /Try it out/ }).click();
  await me.getByRole('button', { name: 'Execute' }).click();
  await expect(me.locator('.live-responses-table tr.response .response-col_status').first()).toHaveText('200');
  await expect(me.locator('.live-responses-table').first()).toContainText(admin.email);
  await page.screenshot({ path: 'test-results/api-docs-try-it-out.png', fullPage: false });

  expect(refused).toEqual([]);
  expect(offsite).toEqual([]);
});

// Every page a household meets on its first evening, scanned by axe-core on a phone and on a
// desktop: no serious or critical issue (contrast, names, roles). Runs first on a fresh
// server so that the setup page can be scanned too.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdmin } from './support/admin-session';
import { ensureYearsLibrary } from './support/years-library';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function expectNoSeriousIssues(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
  expect(serious, `${name} at ${page.viewportSize()?.width}px`).toEqual([]);
}

test('no serious or critical accessibility issue on any page', async ({ page, browser }) => {
  // Setup: only reachable while nobody has set the server up.
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/setup');
    if (page.url().endsWith('/setup')) await expectNoSeriousIssues(page, 'setup');
  }
  await signInAsAdmin(page);
  await ensureYearsLibrary(page);

  // Signed out: login and the password reset request.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  for (const viewport of VIEWPORTS) {
    await visitor.setViewportSize(viewport);
    for (const path of ['/login', '/reset-password']) {
      await visitor.goto(path);
      await expect(visitor.locator('main')).toBeVisible();
      await expectNoSeriousIssues(visitor, path);
    }
  }
  await anonymous.close();

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.locator('img[data-asset-id]').first()).toBeVisible();
    await expectNoSeriousIssues(page, 'timeline');

    // The viewer, with its info panel open.
    await page.locator('a:has(img[data-asset-id])').first().click();
    await expect(page.getByTestId('viewer-image')).toBeVisible();
    await expectNoSeriousIssues(page, 'viewer');
    await page.keyboard.press('i');
    await expect(page.getByTestId('info-panel')).toBeVisible();
    await expectNoSeriousIssues(page, 'viewer with info');

    for (const path of ['/settings', '/admin/users', '/admin/libraries', '/admin/jobs', '/favourites', '/trash']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      if (path === '/admin/libraries') await page.locator('details summary').first().click(); // a library's settings
      await expectNoSeriousIssues(page, path);
    }
  }
});

// Every page a household meets on its first evening, scanned by axe-core on a phone and on a
// desktop: no serious or critical issue (contrast, names, roles). The setup page, reachable
// only on a fresh server, is scanned by first-run.spec.ts, which runs before every other spec.
import { expect, test } from '@playwright/test';
import { expectNoSeriousIssues, VIEWPORTS } from './support/axe';
import { signInAsAdmin } from './support/admin-session';
import { ensureYearsLibrary } from './support/years-library';

test('no serious or critical accessibility issue on any page', async ({ page, browser }) => {
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

    for (const path of ['/settings', '/admin/users', '/admin/libraries', '/admin/jobs', '/favourites', '/trash', '/videos', '/videos/history', '/performers', '/studios', '/tags', '/videos/duplicates']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      if (path === '/admin/libraries') await page.locator('details summary').first().click(); // a library's settings
      await expectNoSeriousIssues(page, path);
      // Kept for people to look at: every signed-in page at both widths.
      await page.screenshot({ path: `reports/page${path.replaceAll('/', '-')}-${viewport.width}.png`, fullPage: true });
    }
  }
});

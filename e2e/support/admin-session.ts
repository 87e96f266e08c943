// The household administrator every spec signs in as: created by the setup page on the first
// visit of a fresh server (whichever spec comes first), signed in through the form afterwards.
import { expect, type Page } from '@playwright/test';

export const admin = { name: 'Ada Admin', email: 'ada@example.test', password: 'correct horse battery staple' };

export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  if (page.url().endsWith('/setup')) {
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel(/Password/).fill(admin.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page).toHaveURL(/\/admin\/libraries$/);
  } else if (page.url().endsWith('/login')) {
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
  }
}

/** Smoke test: the built app loads without script errors, names itself and shows a top-level heading. */
import { expect, test } from '@playwright/test';

test('the app loads and shows its main heading', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page).toHaveTitle(/Specwright/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

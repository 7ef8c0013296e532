/**
 * axe-core over the main screens: no serious or critical accessibility violations. One analysis of an
 * imported spec takes 15-25 s on a 2-core machine, hence the long timeouts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dropFile, fixture } from './fixtures/editor';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the empty editor, an imported spec and the rendered preview pass axe (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Purpose', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await dropFile(page, '03-arqonmaestro-chrome-extension.md', fixture('03-arqonmaestro-chrome-extension.md'));
    await expect(page.getByRole('region', { name: /Import notes/ })).toBeVisible();
    // Let the lazy editors (Tiptap, CodeMirror) and the lint counts arrive before checking.
    await expect(page.locator('.cm-editor').first()).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Rendered' }).click();
    await expect(page.getByRole('region', { name: 'Markdown preview' }).getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the dialogs pass axe', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'New spec' }).click();
  await expect(page.getByRole('dialog', { name: 'New spec' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Paste Markdown' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste Markdown' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

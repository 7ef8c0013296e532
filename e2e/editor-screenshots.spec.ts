/**
 * The editor with a real spec loaded, in the light and the dark colour scheme. The screenshots are attached
 * to the test report; `UPDATE_SCREENSHOTS=1` also writes them to docs/screenshots/ for the README.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { dropFile, fixture } from './fixtures/editor';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const LOOM = '01-loom-weaver-provisioner.md';

test.use({ viewport: { width: 1440, height: 900 } });

for (const scheme of ['light', 'dark'] as const) {
  test(`the editor with a real spec loaded, ${scheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/');
    await dropFile(page, LOOM, fixture(LOOM));
    await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Weaver Provisioner');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(page.locator('.cm-editor').first()).toBeVisible();
    await expect(page.locator('.ProseMirror').first()).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('', { timeout: 8000 });

    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    if (scheme === 'dark') expect(luminance).toBeLessThan(0.2);
    else expect(luminance).toBeGreaterThan(0.8);

    const top = testInfo.outputPath(`editor-${scheme}.png`);
    await page.screenshot({ path: top });
    await page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: '5.2 Environment Variables' }).click();
    await expect(page.getByRole('heading', { name: '5.2 Environment Variables' })).toBeFocused();
    const table = testInfo.outputPath(`editor-table-${scheme}.png`);
    await page.screenshot({ path: table });
    await testInfo.attach(`editor-${scheme}`, { path: top, contentType: 'image/png' });
    await testInfo.attach(`editor-table-${scheme}`, { path: table, contentType: 'image/png' });
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(docs, { recursive: true });
      copyFileSync(top, join(docs, `editor-${scheme}.png`));
      copyFileSync(table, join(docs, `editor-table-${scheme}.png`));
    }
  });
}

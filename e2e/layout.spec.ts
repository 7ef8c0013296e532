/**
 * The page frame: the sticky header's height changes with the window (its toolbar wraps), and the outline and
 * preview panes must start just below it and end at the window's bottom, so nothing of them is hidden.
 */
import { expect, test, type Page } from '@playwright/test';
import { dropFile, fixture } from './fixtures/editor';

const LOOM = '01-loom-weaver-provisioner.md';

async function boxes(page: Page) {
  return page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    return { header: rect('.app-header').bottom, outline: rect('.outline-pane'), preview: rect('.preview-pane'), vh: innerHeight };
  });
}

for (const width of [1440, 1200]) {
  test(`at ${width} px the side panes sit between the header and the window's bottom, scrolled or not`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await dropFile(page, LOOM, fixture(LOOM));
    await expect(page.getByRole('textbox', { name: 'Component name' })).toHaveValue('Weaver Provisioner');
    for (const scrollY of [0, 2000]) {
      await page.evaluate((y) => scrollTo(0, y), scrollY);
      await expect
        .poll(async () => {
          const b = await boxes(page);
          return [b.outline.top, b.preview.top, b.outline.bottom, b.preview.bottom].map((v) => Math.round(v));
        })
        .toEqual(await boxes(page).then((b) => [b.header, b.header, b.vh, b.vh].map((v) => Math.round(v))));
    }
    // A section jumped to from the outline shows its heading below the header, not under it.
    await page.getByRole('navigation').getByRole('link', { name: /3\.2 Public Traits/ }).click();
    const heading = page.getByRole('heading', { name: '3.2 Public Traits' });
    await expect(heading).toBeInViewport();
    const { header } = await boxes(page);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header);
  });
}

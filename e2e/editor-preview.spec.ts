/**
 * The live preview while the author types: it is not redrawn between the keys of a burst (each redraw costs
 * the next key a frame, docs/performance.md), and it shows what was typed as soon as the author pauses.
 */
import { expect, test } from '@playwright/test';
import { previewContains } from './fixtures/editor';

test('the preview waits for a pause in typing, then shows the typed text', async ({ page }) => {
  await page.goto('/');
  const purpose = page.getByRole('textbox', { name: 'Purpose', exact: true });
  await purpose.click();
  await page.keyboard.type('Seed.');
  await previewContains(page, 'Seed.');
  // Count the preview's redraws from here on.
  await page.getByRole('region', { name: 'Markdown preview' }).locator('pre').evaluate((pre) => {
    const w = window as { __previewRedraws?: number };
    w.__previewRedraws = 0;
    new MutationObserver(() => w.__previewRedraws!++).observe(pre, { subtree: true, childList: true, characterData: true });
  });
  // A burst of 30 keys, one every 60 ms; the rich text editor reports its text every 100-200 ms meanwhile.
  await page.keyboard.type(' Chainfire keeps a log of fire', { delay: 60 });
  const duringBurst = await page.evaluate(() => (window as { __previewRedraws?: number }).__previewRedraws);
  // It used to be redrawn every 250 ms or so; a slow machine may stretch one gap between keys into a pause.
  expect(duringBurst).toBeLessThanOrEqual(1);
  await previewContains(page, 'Seed. Chainfire keeps a log of fire');
});

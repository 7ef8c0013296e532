/**
 * Never executed: a spec carrying script tags, event handlers and javascript: links in prose, table cells
 * and the glossary is shown as text in the fields and as sanitized HTML in the rendered preview; nothing
 * runs (no dialog, no window flag), and the text is kept and exported unchanged.
 */
import { expect, test } from '@playwright/test';
import { download, dropFile, fixture, region } from './fixtures/editor';
import { componentName } from './fixtures/safety';

const XSS = 'xss.md';
const pwned = (page: import('@playwright/test').Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

test('imported script, onerror and javascript: links never run, in fields or in the rendered preview, and export unchanged', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await dropFile(page, XSS, fixture(XSS));

  // Shown as text where it is edited.
  await expect(componentName(page)).toHaveValue("Evil <script>window.__pwned = 'title'</script>");
  const purpose = page.getByRole('textbox', { name: 'Purpose', exact: true });
  await expect(purpose).toHaveValue(/^<script>window\.__pwned = 'script'; alert\('script'\)<\/script>/);
  const deps = region(page, '2.3 Dependencies');
  await expect(deps.getByRole('textbox', { name: 'Purpose, row 1', exact: true })).toHaveValue(`<img src=x onerror="window.__pwned = 'cell'; alert('cell')">`);
  await expect(deps.getByRole('textbox', { name: 'Crate, row 2', exact: true })).toHaveValue("[evil](javascript:window.__pwned='cell-link';alert('cell-link'))");
  const glossary = region(page, 'B. Glossary');
  await expect(glossary.getByRole('textbox', { name: 'Term 1', exact: true })).toHaveValue(`<img src=x onerror="window.__pwned = 'term'">`);
  await expect(glossary.getByRole('textbox', { name: 'Definition 1', exact: true })).toHaveValue(
    "<script>window.__pwned = 'definition'</script> see [more](javascript:window.__pwned='glossary-link')",
  );

  // The rendered preview: sanitized, raw HTML shown as text.
  const preview = page.getByRole('region', { name: 'Markdown preview' });
  await preview.getByRole('button', { name: 'Rendered' }).click();
  const rendered = preview.locator('.rendered');
  await expect(rendered).toContainText('prose link');
  await expect(rendered).toContainText("<script>window.__pwned = 'script'; alert('script')</script>");
  const dangerous = 'script, iframe, object, embed, svg, style, link, meta, [onerror], [onload], [onclick], [onmouseover], [ontoggle], [style]';
  await expect(rendered.locator(dangerous)).toHaveCount(0);
  const hrefs = await rendered.locator('a[href], img[src]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
  expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);

  // Use it as a reader would: click every link, hover the text.
  for (const link of await rendered.locator('a').all()) await link.click({ force: true });
  await rendered.getByText('hover me').hover();
  await page.waitForTimeout(300);

  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await expect(page).toHaveURL(/127\.0\.0\.1/);

  // The text is kept: the unedited export is the file, byte for byte.
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.text).toBe(fixture(XSS));
  expect(await pwned(page)).toBeUndefined();
});

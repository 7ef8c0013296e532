/**
 * The page frame: the sticky header's height changes with the window (its toolbar wraps), and the outline and
 * preview panes must start just below it and end at the window's bottom, so nothing of them is hidden; and what
 * the browser scrolls into view (a field reached with Tab, the caret while typing) must stop below it.
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

/** Where the sticky header ends, in viewport pixels. */
const headerBottom = (page: Page) => page.evaluate(() => document.querySelector('.app-header')!.getBoundingClientRect().bottom);

/**
 * Scrolls the page until what `top` measures (a viewport y) stays `under` pixels above the header's bottom for
 * two frames: right after an import or a focus the page may still move (an editor replacing its fallback, a
 * section laid out for the first time), and one scroll measured before such a move can miss.
 */
async function scrollUnderHeader(page: Page, top: () => Promise<number>, under = 20): Promise<void> {
  await expect
    .poll(
      async () => {
        const header = await headerBottom(page);
        await page.evaluate((dy) => scrollBy(0, dy), (await top()) - (header - under));
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        return (await top()) < (await headerBottom(page));
      },
      { message: 'the target stays under the sticky header' },
    )
    .toBe(true);
}

/** The caret's top in viewport pixels (the focused editor's selection; its line's top where it has no box). */
const caretTop = (page: Page) =>
  page.evaluate(() => {
    const range = getSelection()!.getRangeAt(0);
    const rect = range.getClientRects()[0];
    if (rect) return rect.top;
    const node = range.startContainer;
    const el = node instanceof Element ? (node.childNodes[range.startOffset] ?? node) : node.parentElement!;
    return (el instanceof Element ? el : el.parentElement!).getBoundingClientRect().top;
  });

test.describe('the sticky header never hides where the author is', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await dropFile(page, LOOM, fixture(LOOM));
    await expect(page.getByRole('textbox', { name: 'Component name' })).toHaveValue('Weaver Provisioner');
  });

  test('a field reached with Tab is scrolled out from under the header', async ({ page }) => {
    const table = page.getByRole('region', { name: /Environment Variables/ });
    const target = table.getByRole('textbox').nth(5);
    await target.focus();
    await page.keyboard.press('Shift+Tab');
    await scrollUnderHeader(page, async () => (await target.boundingBox())!.y);
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await expect.poll(async () => (await target.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
  });

  for (const [kind, name] of [
    ['rich text', 'Purpose'],
    ['code', 'Public Traits'],
  ] as const) {
    test(`typing in a ${kind} field whose caret is under the header brings the caret out`, async ({ page }) => {
      const field = page.getByRole('textbox', { name, exact: true });
      await field.click();
      await page.keyboard.press('ControlOrMeta+Home');
      await scrollUnderHeader(page, () => caretTop(page));
      await page.keyboard.type('x');
      await expect.poll(() => caretTop(page)).toBeGreaterThanOrEqual(await headerBottom(page));
    });
  }
});

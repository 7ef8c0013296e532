/**
 * How the benchmark drives the app, by the names a user sees: import through the Import Markdown file chooser,
 * the fields it types into, the table it scrolls, and the JS heap it reads through the DevTools protocol.
 */
import type { Page } from '@playwright/test';
import type { TypingTarget } from './typing';

/** Row height the table editor estimates; used only to scroll near a row before looking for it. */
const ROW_HEIGHT = 37;

/** Makes the app use the classic file input for Import Markdown (the path setInputFiles can drive). */
export async function useClassicFileInput(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
}

/**
 * Imports `text` through Import Markdown and returns ms from the file input's change event until a frame
 * painted with the form showing it: the component name filled in and the last table's first row present.
 */
export async function importSpec(page: Page, fileName: string, text: string, title: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __importStart?: number };
    delete w.__importStart;
    document.addEventListener('change', (e) => (w.__importStart = e.timeStamp), { capture: true, once: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/markdown', buffer: Buffer.from(text) });
  const done = await page.waitForFunction(
    (name) => {
      const w = window as unknown as { __importStart?: number; __importShown?: number };
      const title = document.querySelector<HTMLInputElement>('#f-title');
      const firstCode = document.querySelector<HTMLInputElement>('input[aria-label="Code, row 1"]');
      if (w.__importStart === undefined || title?.value !== name || firstCode?.value !== 'CODE_1') return false;
      // The frame that shows the form: the next animation frame, then the task after it.
      if (w.__importShown === undefined) {
        w.__importShown = -1;
        requestAnimationFrame(() => setTimeout(() => (w.__importShown = performance.now() - w.__importStart!), 0));
      }
      return w.__importShown > 0 ? w.__importShown : false;
    },
    title,
    { polling: 'raf', timeout: 120_000 },
  );
  const ms = (await done.jsonValue()) as number;
  await page.evaluate(() => delete (window as unknown as { __importShown?: number }).__importShown);
  return ms;
}

/** A plain textarea added as baseline, found by its label. */
export function textareaTarget(label: string): TypingTarget {
  return {
    label,
    focus: async (page) => {
      await page.getByRole('textbox', { name: label, exact: true }).click();
      await page.keyboard.press('End');
    },
  };
}

/** A prose field (Tiptap), caret at the end of its text. */
export function proseTarget(name: string): TypingTarget {
  return {
    label: `${name} (Tiptap)`,
    focus: async (page) => {
      const box = page.getByRole('textbox', { name, exact: true });
      await box.click();
      await page.keyboard.press('ControlOrMeta+End');
    },
    widget: (page) => page.locator('.sw-prose').filter({ has: page.getByRole('textbox', { name, exact: true }) }),
  };
}

/** A code field (CodeMirror), caret at the end of the line in the middle of what is shown. */
export function codeTarget(name: string): TypingTarget {
  return {
    label: `${name} (CodeMirror)`,
    focus: async (page) => {
      await page.getByRole('textbox', { name, exact: true }).click();
      await page.keyboard.press('End');
    },
    widget: (page) => page.locator('.sw-code').filter({ has: page.getByRole('textbox', { name, exact: true }) }),
  };
}

/** Scrolls the table in `regionName` so that 1-based `row` is rendered. */
export async function scrollTableTo(page: Page, regionName: string, row: number): Promise<void> {
  const region = page.getByRole('region', { name: regionName, exact: true });
  await region.scrollIntoViewIfNeeded();
  await region.locator('.table-scroll').evaluate((el, top) => (el.scrollTop = top), Math.max(0, (row - 4) * ROW_HEIGHT));
}

/** A table cell (`Meaning, row 160` in `A. Error Codes`), caret at the end of its text. */
export function cellTarget(regionName: string, column: string, row: number): TypingTarget {
  return {
    label: `${regionName} cell "${column}, row ${row}"`,
    focus: async (page) => {
      const cell = page.getByRole('region', { name: regionName, exact: true }).getByRole('textbox', { name: `${column}, row ${row}`, exact: true });
      if ((await cell.count()) === 0) await scrollTableTo(page, regionName, row);
      await cell.click();
      await page.keyboard.press('End');
    },
    widget: (page) => page.getByRole('region', { name: regionName, exact: true }).locator('.table-scroll'),
  };
}

/** Rows the table in `regionName` has (aria-rowcount, header excluded) and rows it has in the DOM. */
export async function tableRows(page: Page, regionName: string): Promise<{ total: number; rendered: number }> {
  const table = page.getByRole('region', { name: regionName, exact: true }).locator('table');
  return table.evaluate((t) => ({
    total: Number(t.getAttribute('aria-rowcount') ?? t.querySelectorAll('tbody tr:not(.spacer)').length + 1) - 1,
    rendered: t.querySelectorAll('tbody tr:not(.spacer)').length,
  }));
}

/** Used JS heap in bytes after a full garbage collection (DevTools protocol). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Hides or shows the Markdown preview pane (display: none), leaving the app's own code untouched. */
export async function setPreviewHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    let style = document.getElementById('bench-hide-preview');
    if (h && !style) {
      style = document.createElement('style');
      style.id = 'bench-hide-preview';
      style.textContent = '.preview-pane { display: none !important; }';
      document.head.append(style);
    } else if (!h) style?.remove();
  }, hidden);
}

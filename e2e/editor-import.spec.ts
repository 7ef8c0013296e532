/**
 * Importing real specs: by the Import Markdown button, by drag and drop, by pasting; editing one table cell
 * changes exactly one line of the download; unsaved work is never replaced without asking or by bad input.
 */
import { expect, test, type Page } from '@playwright/test';
import { download, dropFile, fixture, previewContains, region } from './fixtures/editor';

const ARQON = '03-arqonmaestro-chrome-extension.md';
const LOOM = '01-loom-weaver-provisioner.md';

/** Browsers without the File System Access API import through a classic file chooser. */
async function withoutFileSystemAccess(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
}

test('import by button, edit one table cell, and the download differs from the original in that line only', async ({ page }) => {
  await withoutFileSystemAccess(page);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  await (await chooser).setFiles({ name: ARQON, mimeType: 'text/markdown', buffer: Buffer.from(fixture(ARQON)) });

  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('ArqonMaestro Chrome Extension Technical');
  const errors = region(page, 'A. Error Codes');
  const meaning = errors.getByRole('textbox', { name: 'Meaning, row 3', exact: true });
  await expect(meaning).toHaveValue('Timeout');
  await meaning.fill('Timed out after 30 seconds');

  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.name).toBe(ARQON);
  const before = fixture(ARQON).split('\n');
  const after = file.text.split('\n');
  expect(after).toHaveLength(before.length);
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
  expect(changed).toEqual([664]);
  expect(before[663]).toBe('| `WS003` | Timeout | Retry connection |');
  expect(after[663]).toBe('| `WS003` | Timed out after 30 seconds | Retry connection |');
});

test('a Markdown file dropped anywhere on the page is imported, with its notes linking to their places', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, LOOM, fixture(LOOM));
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Weaver Provisioner');
  const env = region(page, '5.2 Environment Variables');
  await expect(env.getByRole('row')).toHaveCount(1 + 8);
  await expect(page.getByRole('status')).toContainText(`Imported ${LOOM}`);

  const notes = page.getByRole('region', { name: /Import notes/ });
  await expect(notes.getByRole('listitem').first()).toBeVisible();
  // A note about a field jumps to that field's region and focuses its heading.
  const note = notes.getByRole('listitem').filter({ hasText: /Environment Variable/ }).first();
  await note.getByRole('button', { name: /^Line \d+/ }).click();
  await expect(env.getByRole('heading', { name: '5.2 Environment Variables' })).toBeFocused();
});

test('Markdown pasted in the Paste Markdown dialog or on the page outside fields is imported', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Paste Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste Markdown' });
  await dialog.getByLabel('Markdown text').fill('# Flaredb Specification\n\n## 1. Overview\n\n### 1.1 Purpose\n\nA small database.\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Flaredb');
  await expect(page.getByRole('textbox', { name: 'Purpose', exact: true })).toContainText('A small database.');

  await page.evaluate(() => navigator.clipboard.writeText('# Lightningstor Specification\n'));
  await page.getByRole('heading', { name: '2. Architecture' }).click();
  await page.keyboard.press('Control+V');
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Lightningstor');
});

test('importing over unsaved work asks first, and Cancel keeps the work', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Component name', { exact: true }).fill('My unsaved spec');
  await dropFile(page, LOOM, fixture(LOOM));
  const confirm = page.getByRole('dialog', { name: 'Replace the current spec?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('My unsaved spec');

  await dropFile(page, LOOM, fixture(LOOM));
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Weaver Provisioner');
});

test('a file that is not Markdown is refused with a clear message and the work stays', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Component name', { exact: true }).fill('Keep me');
  await dropFile(page, 'diagram.png', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'image/png');
  await expect(page.getByRole('alert')).toContainText('"diagram.png" is not a Markdown file');
  await expect(page.getByRole('alert')).toContainText('Your current spec is unchanged.');
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Keep me');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Save writes back to the file opened through the File System Access API, also with Ctrl+S', async ({ page }) => {
  // A stand-in for the browser's file picker: one file whose writes the test can read.
  await page.addInitScript((text) => {
    const w = window as unknown as { showOpenFilePicker: unknown; __written: string[] };
    w.__written = [];
    const handle = {
      kind: 'file',
      name: 'weaver.md',
      getFile: async () => new File([text], 'weaver.md', { type: 'text/markdown' }),
      createWritable: async () => {
        let out = '';
        return { write: async (t: string) => void (out += t), close: async () => void w.__written.push(out) };
      },
    };
    w.showOpenFilePicker = async () => [handle];
  }, fixture(LOOM));
  await page.goto('/');
  await page.getByRole('button', { name: 'Import Markdown' }).click();
  await expect(page.getByLabel('Component name', { exact: true })).toHaveValue('Weaver Provisioner');

  await page.getByLabel('Component name', { exact: true }).fill('Weaver Provisioner Service');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Saved weaver.md');
  const written = await page.evaluate(() => (window as unknown as { __written: string[] }).__written);
  expect(written).toHaveLength(1);
  expect(written[0]!.replace('Weaver Provisioner Service Specification', 'Weaver Provisioner Specification')).toBe(fixture(LOOM));
});

test('an imported spec previews in its own formatting until normalized to the template', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, LOOM, fixture(LOOM));
  await previewContains(page, '**Version:** 1.0\\\n**Last Updated:** 2025-01-29');
  const normalize = page.getByRole('button', { name: 'Normalize to template' });
  await expect(normalize).toHaveAttribute('aria-pressed', 'false');
  await normalize.click();
  await expect(normalize).toHaveAttribute('aria-pressed', 'true');
  await previewContains(page, '# Weaver Provisioner Specification\n\n> Version: 1.0 | Last Updated: 2025-01-29\n');
  await previewContains(page, '## 1. Overview\n\n### 1.1 Purpose\n');
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.text).toContain('> Version: 1.0 | Last Updated: 2025-01-29\n');
});

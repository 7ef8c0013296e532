/**
 * Long lists (a glossary of hundreds of terms) render only the items in view, like long tables, and stay
 * editable and reorderable from the keyboard: scrolling brings later items in, and an edit changes just its line.
 */
import { expect, test } from '@playwright/test';
import { download, dropFile, region } from './fixtures/editor';

const TERMS = Array.from({ length: 400 }, (_, i) => `- **Term ${i + 1}**: Definition number ${i + 1}`);
const TEXT = `# Big Specification\n\n## Appendix\n\n### B. Glossary\n\n${TERMS.join('\n')}\n`;

test('a long glossary renders only the items in view and stays editable', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, 'glossary.md', TEXT);
  const glossary = region(page, 'B. Glossary');
  await expect(glossary.getByRole('textbox', { name: 'Term 1', exact: true })).toHaveValue('Term 1');
  const items = glossary.getByRole('listitem');
  expect(await items.count()).toBeLessThan(60);
  await expect(items.first()).toHaveAttribute('aria-setsize', '400');

  await glossary.locator('.list-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const definition = glossary.getByRole('textbox', { name: 'Definition 200', exact: true });
  await expect(definition).toHaveValue('Definition number 200');
  await definition.fill('Edited in the middle');
  // Alt+Down moves the item a place down and keeps the caret in it, even in a virtualized list.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(glossary.getByRole('textbox', { name: 'Definition 201', exact: true })).toBeFocused();

  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  const lines = file.text.split('\n');
  const at = lines.indexOf('- **Term 201**: Definition number 201');
  expect(at).toBeGreaterThan(0);
  expect(lines[at + 1]).toBe('- **Term 200**: Edited in the middle');
});

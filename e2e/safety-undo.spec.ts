/**
 * Undo and redo over the whole form: a table row delete, an import, typing coalesced into steps; inside a
 * rich text editor Ctrl+Z is that editor's own undo, while the buttons act on the whole document.
 */
import { expect, test } from '@playwright/test';
import { dropFile, fixture, region, typeInEditor } from './fixtures/editor';
import { componentName } from './fixtures/safety';

const LOOM = '01-loom-weaver-provisioner.md';

test('undo brings back a deleted table row, by button and by Ctrl+Z; redo deletes it again', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, LOOM, fixture(LOOM));
  const env = region(page, '5.2 Environment Variables');
  const rows = env.getByRole('row');
  await expect(rows).toHaveCount(1 + 8);
  const variable = (n: number) => env.getByRole('textbox', { name: `Variable, row ${n}`, exact: true });
  const third = await variable(3).inputValue();
  const fourth = await variable(4).inputValue();

  await env.getByRole('button', { name: 'Remove row 3', exact: true }).click();
  await expect(rows).toHaveCount(1 + 7);
  await expect(variable(3)).toHaveValue(fourth);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(1 + 8);
  await expect(variable(3)).toHaveValue(third);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(rows).toHaveCount(1 + 7);
  // Ctrl+Z with the caret in a table cell undoes the delete, not the cell's typing.
  await variable(1).click();
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(1 + 8);
  await expect(variable(3)).toHaveValue(third);
  await page.keyboard.press('Control+Shift+z');
  await expect(rows).toHaveCount(1 + 7);
});

test('undo of an import gives back the spec before it; typing pauses split the steps', async ({ page }) => {
  await page.goto('/');
  await componentName(page).click();
  await page.keyboard.type('Hello');
  await page.waitForTimeout(1200);
  await page.keyboard.type(' world');
  await expect(componentName(page)).toHaveValue('Hello world');

  await dropFile(page, LOOM, fixture(LOOM));
  await page.getByRole('dialog', { name: 'Replace the current spec?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(componentName(page)).toHaveValue('Weaver Provisioner');
  await expect(page.locator('.file-state')).toContainText(LOOM);

  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(componentName(page)).toHaveValue('Hello world');
  await expect(page.locator('.file-state')).toContainText('New spec');
  await expect(region(page, '5.2 Environment Variables').getByRole('row')).toHaveCount(1);
  await undo.click();
  await expect(componentName(page)).toHaveValue('Hello');
  await undo.click();
  await expect(componentName(page)).toHaveValue('');
  await expect(undo).toBeDisabled();

  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(componentName(page)).toHaveValue('Weaver Provisioner');
  await expect(region(page, '5.2 Environment Variables').getByRole('row')).toHaveCount(1 + 8);
});

test('in a rich text field Ctrl+Z is the field’s own undo; the Undo button acts on the whole document', async ({ page }) => {
  await page.goto('/');
  await componentName(page).fill('Kept');
  await typeInEditor(page, 'Purpose', 'First words');
  const purpose = page.getByRole('textbox', { name: 'Purpose', exact: true });
  await page.keyboard.press('Control+z');
  await expect(purpose).not.toContainText('First words');
  await expect(componentName(page)).toHaveValue('Kept');

  await page.keyboard.type('Second words');
  await expect(page.getByRole('region', { name: 'Markdown preview' })).toContainText('Second words');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(purpose).not.toContainText('Second words');
  await expect(componentName(page)).toHaveValue('Kept');
});

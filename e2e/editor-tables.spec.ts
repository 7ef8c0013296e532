/**
 * Tables, lists and code in use: spreadsheet paste, keyboard reordering and navigation, per-column checks,
 * copying the Markdown, and a code field exported in its language.
 */
import { expect, test, type Page } from '@playwright/test';
import { download, dropFile, previewContains, region, typeInEditor } from './fixtures/editor';

async function newSpec(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New spec' }).click();
  const dialog = page.getByRole('dialog', { name: 'New spec' });
  await dialog.getByLabel('Component name').fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
}

const cell = (page: Page, table: string, name: string) => region(page, table).getByRole('textbox', { name, exact: true });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('three rows pasted from a spreadsheet into the env-var table become three rows', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  const env = region(page, '5.2 Environment Variables');
  await env.getByRole('button', { name: 'Add row' }).click();
  await expect(cell(page, '5.2 Environment Variables', 'Variable, row 1')).toBeFocused();
  await page.evaluate(() =>
    navigator.clipboard.writeText('CF_PORT\t2379\tClient port\nCF_PEER_PORT\t2380\tPeer port\nCF_DATA_DIR\t/var/lib/cf\tData directory\n'),
  );
  await page.keyboard.press('Control+V');

  await expect(env.getByRole('row')).toHaveCount(1 + 3);
  await expect(cell(page, '5.2 Environment Variables', 'Variable, row 2')).toHaveValue('CF_PEER_PORT');
  await expect(cell(page, '5.2 Environment Variables', 'Description, row 3')).toHaveValue('Data directory');
  await previewContains(
    page,
    '| Variable | Default | Description |\n| --- | --- | --- |\n| CF_PORT | 2379 | Client port |\n| CF_PEER_PORT | 2380 | Peer port |\n| CF_DATA_DIR | /var/lib/cf | Data directory |',
  );
});

test('rows and list items move with Alt+Arrow keys, keeping focus, and Tab and Enter walk the table', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  const deps = '2.3 Dependencies';
  await region(page, deps).getByRole('button', { name: 'Add row' }).click();
  // Type a row, Tab to the next cell, Enter in the last row adds a row and moves to its first cell.
  for (const [crate, purpose] of [['tokio', 'Async runtime'], ['tonic', 'gRPC'], ['prost', 'Protobuf']] as const) {
    await page.keyboard.type(crate);
    await page.keyboard.press('Tab');
    await page.keyboard.type(purpose);
    if (crate !== 'prost') await page.keyboard.press('Enter');
  }
  await expect(cell(page, deps, 'Crate, row 3')).toHaveValue('prost');

  await cell(page, deps, 'Crate, row 3').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cell(page, deps, 'Crate, row 1')).toHaveValue('prost');
  await expect(cell(page, deps, 'Crate, row 1')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cell(page, deps, 'Crate, row 2')).toHaveValue('prost');
  await expect(cell(page, deps, 'Crate, row 2')).toBeFocused();
  await previewContains(page, '| tokio | Async runtime |\n| prost | Protobuf |\n| tonic | gRPC |');

  // Shift+Tab goes back across the row boundary; Enter moves down a row.
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, deps, 'Purpose, row 1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, deps, 'Purpose, row 2')).toBeFocused();

  const goals = region(page, '1.3 Design Goals');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await page.keyboard.type('Fast');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Small');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(goals.getByRole('textbox', { name: 'Goal 1', exact: true })).toHaveValue('Small');
  await expect(goals.getByRole('textbox', { name: 'Goal 1', exact: true })).toBeFocused();
  await previewContains(page, '### 1.3 Design Goals\n\n- Small\n- Fast');
});

test('row buttons duplicate and remove, and column checks appear once a cell was left', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  const env = '5.2 Environment Variables';
  await region(page, env).getByRole('button', { name: 'Add row' }).click();
  await page.keyboard.type('log level');
  await expect(region(page, env).getByText('Use UPPER_SNAKE_CASE')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(region(page, env).getByText('Use UPPER_SNAKE_CASE, e.g. LOG_LEVEL')).toBeVisible();
  await expect(cell(page, env, 'Variable, row 1')).toHaveAttribute('aria-invalid', 'true');
  await cell(page, env, 'Variable, row 1').fill('LOG_LEVEL');
  await expect(region(page, env).getByText('Use UPPER_SNAKE_CASE')).toHaveCount(0);

  await region(page, env).getByRole('button', { name: 'Duplicate row 1' }).click();
  await expect(cell(page, env, 'Variable, row 2')).toHaveValue('LOG_LEVEL');
  await cell(page, env, 'Variable, row 2').focus();
  await page.keyboard.press('Tab');
  await expect(region(page, env).getByText('The variable "LOG_LEVEL" appears more than once').first()).toBeVisible();
  await region(page, env).getByRole('button', { name: 'Remove row 2' }).click();
  await expect(region(page, env).getByRole('row')).toHaveCount(2);
});

test('Copy Markdown puts exactly the downloaded text on the clipboard and confirms it', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  await typeInEditor(page, 'Purpose', 'Replicated configuration.');
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByRole('status')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(copied).toBe(file.text);
  expect(copied).toContain('# Chainfire Specification\n');
  expect(copied).toContain('### 1.1 Purpose\n\nReplicated configuration.\n');
});

test('a code field is edited in its highlighted editor and exported in a fence with its language', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  const traits = region(page, '3.2 Public Traits');
  await expect(traits.getByText('rust', { exact: true })).toBeVisible();
  await typeInEditor(page, 'Public Traits', 'pub trait Kv {\n    fn put(&mut self, key: String);\n}', { code: true });
  // CodeMirror highlights Rust keywords in their own spans.
  await expect(traits.locator('.cm-content span', { hasText: /^pub$/ }).first()).toBeVisible();
  await typeInEditor(page, 'Config File Format (TOML)', '[server]\nport = 2379', { code: true });
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.text).toContain('### 3.2 Public Traits\n\n```rust\npub trait Kv {\n    fn put(&mut self, key: String);\n}\n```\n');
  expect(file.text).toContain('### 5.1 Config File Format (TOML)\n\n```toml\n[server]\nport = 2379\n```\n');
});

test('list items reorder by dragging their handle', async ({ page }) => {
  await newSpec(page, 'Chainfire');
  const goals = region(page, '1.3 Design Goals');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  for (const [i, goal] of ['Fast', 'Small', 'Safe'].entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(goal);
  }
  const item = (n: number) => goals.getByRole('listitem').nth(n);
  await goals.getByTitle('Drag to move goal 3').dragTo(item(0), { targetPosition: { x: 40, y: 3 } });
  await expect(goals.getByRole('textbox', { name: 'Goal 1', exact: true })).toHaveValue('Safe');
  await expect(goals.getByRole('textbox', { name: 'Goal 2', exact: true })).toHaveValue('Fast');
  await previewContains(page, '- Safe\n- Fast\n- Small');
});

test('a long table renders only the rows in view and stays editable', async ({ page }) => {
  const rows = Array.from({ length: 400 }, (_, i) => `| E${String(i + 1).padStart(3, '0')} | Failure number ${i + 1} |`);
  const text = `# Big Specification\n\n## Appendix\n\n### A. Error Codes\n\n| Code | Meaning |\n|------|---------|\n${rows.join('\n')}\n`;
  await page.goto('/');
  await dropFile(page, 'big.md', text);
  const errors = region(page, 'A. Error Codes');
  await expect(errors.getByRole('table')).toHaveAttribute('aria-rowcount', '401');
  await expect(errors.getByRole('textbox', { name: 'Code, row 1', exact: true })).toHaveValue('E001');
  expect(await errors.getByRole('textbox').count()).toBeLessThan(120);

  // Scrolling the table brings later rows in; editing one changes just its line of the export.
  await errors.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const cell = errors.getByRole('textbox', { name: 'Meaning, row 200', exact: true });
  await expect(cell).toHaveValue('Failure number 200');
  await cell.fill('Edited in the middle');
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  const changed = text.split('\n').flatMap((l, i) => (l === file.text.split('\n')[i] ? [] : [l]));
  expect(changed).toEqual(['| E200 | Failure number 200 |']);
  expect(file.text).toContain('| E200 | Edited in the middle |');
});

test("in a long table, a cell reached with Shift+Tab is scrolled out from under the table's sticky header row", async ({ page }) => {
  const rows = Array.from({ length: 400 }, (_, i) => `| E${String(i + 1).padStart(3, '0')} | Failure number ${i + 1} |`);
  await page.goto('/');
  await dropFile(page, 'big.md', `# Big Specification\n\n## Appendix\n\n### A. Error Codes\n\n| Code | Meaning |\n|------|---------|\n${rows.join('\n')}\n`);
  const errors = region(page, 'A. Error Codes');
  await expect(errors.getByRole('textbox', { name: 'Code, row 1', exact: true })).toHaveValue('E001');
  const scroller = errors.locator('.table-scroll');
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight * 195) / 401));
  const start = errors.getByRole('textbox', { name: 'Code, row 201', exact: true });
  await start.focus();
  // Row 200 just under the header row, which covers it.
  const headBottom = () => errors.getByRole('columnheader', { name: 'Meaning' }).evaluate((el) => el.getBoundingClientRect().bottom);
  const row200 = errors.getByRole('textbox', { name: 'Meaning, row 200', exact: true });
  const top = async () => (await row200.boundingBox())!.y;
  await scroller.evaluate((el, dy) => (el.scrollTop += dy), (await top()) - ((await headBottom()) - 15));
  expect(await top()).toBeLessThan(await headBottom());
  // Back through row 200's buttons to its last cell.
  for (let i = 0; i < 8 && !(await row200.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(row200).toBeFocused();
  await expect.poll(top).toBeGreaterThanOrEqual(await headBottom());
});

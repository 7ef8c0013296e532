/**
 * Drafts: what is typed survives a killed tab; reopening gives back the same document and the same export;
 * several drafts can be opened, renamed, deleted and undeleted; without storage the app says so and keeps
 * working; unexported work asks before the tab closes.
 */
import { expect, test, type Page } from '@playwright/test';
import { download, dropFile, fixture, region, typeInEditor } from './fixtures/editor';
import { componentName, killPage, openTab, savedInBrowser } from './fixtures/safety';

const LOOM = '01-loom-weaver-provisioner.md';

test('every character typed into several fields is there after the tab is killed 500 ms after the last key', async ({ page, context }) => {
  await page.goto('/');
  await componentName(page).click();
  await page.keyboard.type('Chainfire Ω-7');
  await page.getByLabel('Version', { exact: true }).fill('');
  await page.getByLabel('Version', { exact: true }).pressSequentially('2.1.0-rc.1');
  const env = region(page, '5.2 Environment Variables');
  await env.getByRole('button', { name: 'Add row' }).click();
  await env.getByRole('textbox', { name: 'Variable, row 1', exact: true }).pressSequentially('CHAINFIRE_DATA_DIR');
  await typeInEditor(page, 'Crate Structure', 'chainfire-core/ # the engine', { code: true });
  // The rich text editor reports its Markdown last (it waits for a pause in typing), so it goes last.
  await typeInEditor(page, 'Purpose', 'Stores chains of fire — durably, in order.');
  await page.waitForTimeout(500);
  await killPage(page);

  const again = await openTab(context);
  await expect(componentName(again)).toHaveValue('Chainfire Ω-7');
  await expect(again.getByLabel('Version', { exact: true })).toHaveValue('2.1.0-rc.1');
  await expect(region(again, '5.2 Environment Variables').getByRole('textbox', { name: 'Variable, row 1', exact: true })).toHaveValue(
    'CHAINFIRE_DATA_DIR',
  );
  await expect(again.getByRole('textbox', { name: 'Crate Structure', exact: true })).toHaveText('chainfire-core/ # the engine');
  await expect(again.getByRole('textbox', { name: 'Purpose', exact: true })).toHaveText('Stores chains of fire — durably, in order.');
  await expect(again.locator('.save-status')).toContainText('Not yet exported');
});

test('a key press reaches browser storage within 300 ms', async ({ page }) => {
  await page.goto('/');
  await componentName(page).fill('Timing');
  await savedInBrowser(page);
  await componentName(page).focus();
  await page.evaluate(() => {
    const w = window as { __keyAt?: number };
    window.addEventListener('keydown', (e) => (w.__keyAt = e.timeStamp), { once: true });
  });
  await page.keyboard.press('!');
  // Poll IndexedDB from the page until the stored draft has the new character.
  const elapsed = await page.evaluate(async () => {
    const readTitles = () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('specwright');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // The list entry is written in the same transaction as the draft's parts.
          const req = open.result.transaction('drafts').objectStore('drafts').getAll(IDBKeyRange.bound('meta:', 'meta:\uffff'));
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { title: string }[]).map((m) => m.title));
          };
        };
      });
    while (!(await readTitles()).includes('Timing!')) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - (window as { __keyAt?: number }).__keyAt!;
  });
  console.log(`key press to stored draft: ${elapsed.toFixed(0)} ms`);
  expect(elapsed).toBeLessThan(300);
});

test('reopening gives back an edited import exactly: file name, formatting and the one edit', async ({ page, context }) => {
  await page.goto('/');
  await dropFile(page, LOOM, fixture(LOOM));
  await expect(componentName(page)).toHaveValue('Weaver Provisioner');
  const cell = region(page, '5.2 Environment Variables').getByRole('textbox', { name: 'Default, row 1', exact: true });
  const before = await cell.inputValue();
  await cell.fill('/srv/weaver');
  await savedInBrowser(page);
  await killPage(page);

  const again = await openTab(context);
  await expect(again.locator('.file-state')).toContainText(LOOM);
  const file = await download(again, () => again.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.name).toBe(LOOM);
  const original = fixture(LOOM).split('\n');
  const out = file.text.split('\n');
  const changed = original.flatMap((line, i) => (line === out[i] ? [] : [i]));
  expect(out).toHaveLength(original.length);
  expect(changed).toHaveLength(1);
  expect(out[changed[0]!]).toContain('/srv/weaver');
  expect(original[changed[0]!]).toContain(before);
  // Downloaded: no longer "Not yet exported", and that too survives a reload.
  await expect(again.locator('.save-status')).not.toContainText('Not yet exported');
  await again.waitForTimeout(400);
  await again.reload();
  await expect(componentName(again)).toHaveValue('Weaver Provisioner');
  await expect(again.locator('.save-status')).toContainText('Saved in browser');
  await expect(again.locator('.save-status')).not.toContainText('Not yet exported');
});

async function openDrafts(page: Page) {
  await page.getByRole('button', { name: 'Drafts' }).click();
  return page.getByRole('dialog', { name: 'Drafts' });
}

test('several drafts: a new spec keeps the old one; switch, rename, delete and undo the delete', async ({ page }) => {
  await page.goto('/');
  await componentName(page).fill('First');
  await savedInBrowser(page);
  await page.getByRole('button', { name: 'New spec' }).click();
  await page.getByRole('dialog', { name: 'Replace the current spec?' }).getByRole('button', { name: 'Replace' }).click();
  const newSpec = page.getByRole('dialog', { name: 'New spec' });
  await newSpec.getByLabel('Component name').fill('Second');
  await newSpec.getByRole('button', { name: 'Create' }).click();
  await expect(componentName(page)).toHaveValue('Second');
  await savedInBrowser(page);

  let drafts = await openDrafts(page);
  const items = drafts.getByRole('list', { name: 'Recent drafts' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Second');
  await expect(items.nth(0)).toContainText('open here');
  await expect(items.nth(1)).toContainText('First');
  await expect(items.nth(1)).toContainText('started here · edited just now');
  await drafts.getByRole('button', { name: 'Open First' }).click();
  await expect(componentName(page)).toHaveValue('First');

  drafts = await openDrafts(page);
  await drafts.getByRole('button', { name: 'Rename Second' }).click();
  await drafts.getByLabel('New name').fill('Second, renamed');
  await drafts.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(items.filter({ hasText: 'Second, renamed' })).toHaveCount(1);
  await expect(drafts.getByRole('button', { name: 'Delete First' })).toBeDisabled();

  await drafts.getByRole('button', { name: 'Delete Second, renamed' }).click();
  await expect(items).toHaveCount(1);
  await expect(drafts.getByRole('status')).toContainText('Deleted “Second, renamed”.');
  await drafts.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(2);
  await drafts.getByRole('button', { name: 'Open Second, renamed' }).click();
  await expect(componentName(page)).toHaveValue('Second');

  drafts = await openDrafts(page);
  await drafts.getByRole('button', { name: 'Delete First' }).click();
  await expect(items).toHaveCount(1);
  await drafts.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  drafts = await openDrafts(page);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Second, renamed');
});

test('without browser storage the app says so plainly and keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Drafts cannot be saved in this browser');
  await expect(page.getByRole('alert')).toContainText('download it before closing the tab');
  await componentName(page).fill('In memory');
  await expect(page.locator('.save-status')).toContainText('Not saved in browser');
  await expect(page.getByRole('region', { name: 'Markdown preview' })).toContainText('# In memory Specification');
  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.text).toContain('# In memory Specification');
});

test('when storage is full the app says so and keeps the work in the tab', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  await componentName(page).fill('Before full');
  await savedInBrowser(page);
  await page.evaluate(() => ((window as { __full?: boolean }).__full = true));
  await componentName(page).fill('After full');
  await expect(page.getByRole('alert')).toContainText('Drafts are not being saved: browser storage is full');
  await expect(page.locator('.save-status')).toContainText('Not saved in browser');
  await expect(componentName(page)).toHaveValue('After full');
  // Space freed: the next edit is saved again.
  await page.evaluate(() => ((window as { __full?: boolean }).__full = false));
  await componentName(page).fill('After full, saved');
  await savedInBrowser(page);
});

test('closing the tab with unexported changes asks first; after a download it does not', async ({ page }) => {
  await page.goto('/');
  // Browsers ask before unload only on pages the user has interacted with: a real click first.
  await componentName(page).click();
  await componentName(page).fill('Unexported');
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true }).catch(() => {});
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});

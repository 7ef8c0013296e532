/**
 * Two tabs on one draft: the second is told and offers read-only or take over; a read-only tab follows the
 * editing tab; taking over makes the first tab read-only after it saved; neither ever overwrites the other.
 */
import { expect, test, type Page } from '@playwright/test';
import { componentName, openTab, savedInBrowser } from './fixtures/safety';

/** True when the element can take focus (inert content cannot). */
const focusable = (page: Page) => componentName(page).evaluate((el: HTMLElement) => (el.focus(), document.activeElement === el));

test('a second tab on the same draft is told, views it read-only, then takes it over without losing either tab’s edits', async ({ context }) => {
  const a = await openTab(context);
  await componentName(a).fill('Alpha');
  await savedInBrowser(a);

  const b = await openTab(context);
  const ask = b.getByRole('dialog', { name: 'This spec is open in another tab' });
  await expect(ask).toBeVisible();
  await expect(componentName(b)).toHaveValue('Alpha');
  await ask.getByRole('button', { name: 'Open read-only' }).click();
  await expect(b.getByRole('region', { name: 'Read-only' })).toContainText('This draft is open in another tab.');
  await expect(b.locator('.save-status')).toContainText('Read-only');
  expect(await focusable(b)).toBe(false);
  await expect(b.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // The read-only tab follows what the editing tab saves.
  await componentName(a).fill('Alpha one');
  await expect(componentName(b)).toHaveValue('Alpha one');

  // Take over: tab A saves its last edit, turns read-only and says so; tab B edits.
  await componentName(a).fill('Alpha one, last edit in A');
  await b.getByRole('button', { name: 'Take over' }).click();
  await expect(a.getByRole('alert')).toContainText('Another tab took over this draft');
  await expect(a.getByRole('region', { name: 'Read-only' })).toBeVisible();
  expect(await focusable(a)).toBe(false);
  await expect(componentName(b)).toHaveValue('Alpha one, last edit in A');
  await expect(b.getByRole('region', { name: 'Read-only' })).toHaveCount(0);
  expect(await focusable(b)).toBe(true);
  await componentName(b).fill('Beta');
  await savedInBrowser(b);
  await expect(componentName(a)).toHaveValue('Beta');

  // A third tab finds the draft open in B and sees B's text.
  const c = await openTab(context);
  await expect(c.getByRole('dialog', { name: 'This spec is open in another tab' })).toBeVisible();
  await expect(componentName(c)).toHaveValue('Beta');
  await c.close();

  // Closing B frees the draft: a reload of A edits it again, with B's text.
  await b.close();
  await a.reload();
  await expect(componentName(a)).toHaveValue('Beta');
  await expect(a.getByRole('dialog')).toHaveCount(0);
  expect(await focusable(a)).toBe(true);
});

test('a read-only tab starts its own draft with New spec and leaves the other tab’s draft alone', async ({ context }) => {
  const a = await openTab(context);
  await componentName(a).fill('Shared');
  await savedInBrowser(a);
  const b = await openTab(context);
  await b.getByRole('dialog', { name: 'This spec is open in another tab' }).getByRole('button', { name: 'Open read-only' }).click();
  await b.getByRole('button', { name: 'New spec' }).click();
  const newSpec = b.getByRole('dialog', { name: 'New spec' });
  await newSpec.getByLabel('Component name').fill('Mine');
  await newSpec.getByRole('button', { name: 'Create' }).click();
  await expect(b.getByRole('region', { name: 'Read-only' })).toHaveCount(0);
  await componentName(b).fill('Mine, edited');
  await savedInBrowser(b);
  await expect(componentName(a)).toHaveValue('Shared');
  await componentName(a).fill('Shared, edited');
  await savedInBrowser(a);
  await expect(componentName(b)).toHaveValue('Mine, edited');
});

test('a write that would overwrite a revision this tab has not seen is refused, and the tab says so', async ({ page }) => {
  await page.goto('/');
  await componentName(page).fill('Mine');
  await savedInBrowser(page);
  // Another writer (a tab without Web Locks, say) saves the draft behind this tab's back: the record and the
  // meta beside it, whose revision a save checks, as every writer does in one transaction.
  const theirs = async (change: boolean) =>
    page.evaluate(
      (bump) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
            const all = store.getAll(IDBKeyRange.bound('draft:', 'draft:\uffff'));
            all.onsuccess = () => {
              // The draft's head; the title is a part of its own (src/store/persist/storage.ts).
              const draft = all.result[0] as { id: string; rev: number };
              const title = store.get(`part:${draft.id}:title`);
              if (bump) {
                store.put({ ...draft, rev: draft.rev + 1 }, `draft:${draft.id}`);
                store.put('Theirs', `part:${draft.id}:title`);
                const meta = store.get(`meta:${draft.id}`);
                meta.onsuccess = () => store.put({ ...meta.result, rev: draft.rev + 1, title: 'Theirs' }, `meta:${draft.id}`);
              }
              store.transaction.oncomplete = () => (open.result.close(), resolve(bump ? 'Theirs' : (title.result as string)));
            };
          };
        }),
      change,
    );
  await theirs(true);
  await componentName(page).fill('Mine, edited');
  await expect(page.getByRole('alert')).toContainText('This draft was changed in another tab, so this tab did not overwrite it');
  await expect(page.getByRole('region', { name: 'Read-only' })).toBeVisible();
  expect(await theirs(false)).toBe('Theirs');
});

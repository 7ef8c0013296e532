/**
 * The prose and code widgets in a real Chromium, through the widget harness (e2e/harness), which this file
 * builds and serves itself on 127.0.0.1 so it does not depend on the app shell. Each field records its
 * onChange calls in `window.__changes[field]`; `window.__setValue` plays an external change (undo, import).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

const CONFIG = fileURLToPath(new URL('./harness/vite.config.ts', import.meta.url));
let server: PreviewServer;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await build({ configFile: CONFIG });
  server = await preview({ configFile: CONFIG, preview: { host: '127.0.0.1', port: 4185, strictPort: false } });
  base = server.resolvedUrls?.local[0] ?? '';
  if (!base) throw new Error('Cannot serve the widget harness, expected a local URL from vite preview');
});

test.afterAll(async () => {
  await server?.close();
});

const changes = (page: Page, field: string) => page.evaluate((f) => window.__changes[f] ?? [], field);
const setValue = (page: Page, field: string, value: string) =>
  page.evaluate(([f, v]) => window.__setValue(f as string, v as string), [field, value]);
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const textbox = (page: Page, name: string) => region(page, name).getByRole('textbox', { name, exact: true });

async function open(page: Page): Promise<void> {
  await page.goto(base);
  // The rich editors replace the fallback textareas once their chunks have loaded.
  await expect(page.locator('.ProseMirror').first()).toBeVisible();
  await expect(page.locator('.cm-content').first()).toBeVisible();
}

/** Holds back the lazy chunk matching `glob` until the returned function is called. */
async function holdChunk(page: Page, glob: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** Opens field `only` alone with its editor chunk held back, and clicks into the fallback textarea shown meanwhile. */
async function typeIntoFallback(page: Page, only: string, name: string, chunk: string): Promise<{ box: Locator; release: () => void }> {
  const release = await holdChunk(page, chunk);
  await page.goto(`${base}?only=${only}`);
  const box = textbox(page, name);
  await expect(box).toHaveJSProperty('tagName', 'TEXTAREA');
  await box.click();
  return { box, release };
}

/** True when the focused element is inside `locator`. */
const hasFocusWithin = (locator: Locator) => locator.evaluate((el) => el.contains(document.activeElement));

test.describe('prose editor (Tiptap)', () => {
  test('typing and the toolbar produce Markdown through onChange', async ({ page }) => {
    await open(page);
    const editor = textbox(page, 'Purpose');
    await expect(editor).toHaveAttribute('aria-multiline', 'true');
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await expect(region(page, 'Purpose').getByText('What this component does and why it exists.')).toBeVisible();

    await editor.click();
    await page.keyboard.type('Stores blobs ');
    await region(page, 'Purpose').getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('forever');
    await region(page, 'Purpose').getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type(' and serves ');
    await region(page, 'Purpose').getByRole('button', { name: 'Code' }).click();
    await page.keyboard.type('get');

    await expect.poll(async () => (await changes(page, 'purpose')).at(-1)).toBe('Stores blobs **forever** and serves `get`');
    await expect(region(page, 'Purpose').getByText('What this component does and why it exists.')).toBeHidden();
  });

  test('a bullet list typed with Markdown shortcuts comes out as a Markdown list', async ({ page }) => {
    await open(page);
    await textbox(page, 'Purpose').click();
    await page.keyboard.type('Goals:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- fast');
    await page.keyboard.press('Enter');
    await page.keyboard.type('safe');
    await expect.poll(async () => (await changes(page, 'purpose')).at(-1)).toBe('Goals:\n\n- fast\n- safe');
  });

  test('only heading levels 4-6 can be made; "# " typed as text stays text in the Markdown', async ({ page }) => {
    await open(page);
    await textbox(page, 'Purpose').click();
    await page.keyboard.type('# Not the document title');
    await page.keyboard.press('Enter');
    await page.keyboard.type('#### Details');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1) not a list either');
    await expect(textbox(page, 'Purpose').locator('h4')).toHaveText('Details');
    await expect(textbox(page, 'Purpose').locator('h1, h2, h3, ol')).toHaveCount(0);
    await expect
      .poll(async () => (await changes(page, 'purpose')).at(-1))
      .toBe('\\# Not the document title\n\n#### Details\n\n1\\) not a list either');
  });

  test('an untouched field never calls onChange, even after focus, clicks and blur', async ({ page }) => {
    await open(page);
    const scope = textbox(page, 'Scope');
    await scope.click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await scope.getByText('Replicated to three nodes').click();
    await page.getByRole('textbox', { name: 'After' }).click();
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.__changes)).toEqual({});
  });

  test('an edit that is undone by hand gives back the stored text byte for byte', async ({ page }) => {
    await open(page);
    await textbox(page, 'Scope').getByText('Verify').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(async () => (await changes(page, 'scope')).length).toBe(1);
    await page.keyboard.press('Backspace');
    await page.getByRole('textbox', { name: 'After' }).click();
    expect(await changes(page, 'scope')).toEqual([
      expect.stringContaining('2. Verify!'),
      'Stores **immutable** blobs for the `chainfire` cluster and\nserves them over [gRPC](https://grpc.io).\n\n' +
        '* Content-addressed by _BLAKE3_ hash\n* Replicated to three nodes\n  * one per zone\n\n1. Write\n2. Verify',
    ]);
  });

  test('editing one word keeps the rest of the Markdown meaning intact', async ({ page }) => {
    await open(page);
    await textbox(page, 'Scope').getByText('Verify').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' checksums');
    await page.getByRole('textbox', { name: 'After' }).click();
    expect((await changes(page, 'scope')).at(-1)).toBe(
      'Stores **immutable** blobs for the `chainfire` cluster and\nserves them over [gRPC](https://grpc.io).\n\n' +
        '- Content-addressed by *BLAKE3* hash\n- Replicated to three nodes\n  - one per zone\n\n' +
        '1. Write\n2. Verify checksums',
    );
  });

  test('a field holding a table opens as Markdown source, with the reason, and edits verbatim', async ({ page }) => {
    await open(page);
    const security = textbox(page, 'Security');
    await expect(security).toHaveJSProperty('tagName', 'TEXTAREA');
    await expect(security).toHaveValue('Threats we consider:\n\n| Threat | Mitigation |\n|---|---|\n| Replay | Nonces |\n');
    await expect(region(page, 'Security').getByText(
      'Shown as Markdown source: this field contains a table that the rich editor cannot keep.',
    )).toBeVisible();
    await expect(security).toHaveAccessibleDescription(/contains a table/);

    await security.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('| Theft | Encryption |\n');
    expect((await changes(page, 'security')).at(-1)).toBe(
      'Threats we consider:\n\n| Threat | Mitigation |\n|---|---|\n| Replay | Nonces |\n| Theft | Encryption |\n',
    );
  });

  test('the source toggle shows the exact stored text and switching back and forth changes nothing', async ({ page }) => {
    await open(page);
    const toggle = region(page, 'Scope').getByRole('button', { name: 'Markdown source' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(textbox(page, 'Scope')).toHaveValue(
      'Stores **immutable** blobs for the `chainfire` cluster and\nserves them over [gRPC](https://grpc.io).\n\n' +
        '* Content-addressed by _BLAKE3_ hash\n* Replicated to three nodes\n  * one per zone\n\n1. Write\n2. Verify',
    );
    await toggle.click();
    await expect(textbox(page, 'Scope')).toHaveAttribute('contenteditable', 'true');
    await page.waitForTimeout(300);
    expect(await changes(page, 'scope')).toEqual([]);
  });

  test('external values replace the content without echo, and lossy ones switch to source', async ({ page }) => {
    await open(page);
    await setValue(page, 'scope', 'Now **only** this.');
    await expect(textbox(page, 'Scope')).toHaveText('Now only this.');
    await expect(textbox(page, 'Scope').locator('strong')).toHaveText('only');

    await setValue(page, 'scope', 'A note.[^1]\n\n[^1]: Footnote.');
    await expect(textbox(page, 'Scope')).toHaveValue('A note.[^1]\n\n[^1]: Footnote.');
    await expect(region(page, 'Scope').getByText('this field contains footnotes that the rich editor cannot keep')).toBeVisible();

    await setValue(page, 'scope', 'Plain again.');
    await expect(textbox(page, 'Scope')).toHaveAttribute('contenteditable', 'true');
    await expect(textbox(page, 'Scope')).toHaveText('Plain again.');
    await page.waitForTimeout(300);
    expect(await changes(page, 'scope')).toEqual([]);
  });

  test('Tab indents a list item; Escape then Tab leaves the editor', async ({ page }) => {
    await open(page);
    const scope = textbox(page, 'Scope');
    await scope.getByText('Replicated to three nodes').click();
    await page.keyboard.press('Tab');
    expect(await hasFocusWithin(scope)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await hasFocusWithin(scope)).toBe(false);
    await expect(region(page, 'Security').getByRole('button', { name: 'Markdown source' })).toBeFocused();

    await page.getByRole('textbox', { name: 'After' }).click();
    expect((await changes(page, 'scope')).at(-1)).toContain('- Content-addressed by *BLAKE3* hash\n  - Replicated to three nodes');
  });

  test('typing goes on without a lost key while the rich editor replaces the fallback textarea', async ({ page }) => {
    const { box: purpose, release } = await typeIntoFallback(page, 'purpose', 'Purpose', '**/proseRuntime-*.js');
    await page.keyboard.type('Stores');
    release();
    // Keys keep coming while the chunk arrives and Tiptap takes the textarea's place: none may fall on the floor.
    await page.keyboard.type(' blobs and serves them to every reader', { delay: 15 });
    await expect(purpose).toHaveClass(/ProseMirror/);
    await expect(purpose).toBeFocused();
    await expect(purpose).toHaveText('Stores blobs and serves them to every reader');
    await expect.poll(async () => (await changes(page, 'purpose')).at(-1)).toBe('Stores blobs and serves them to every reader');
  });

  test('Tab outside a list moves focus on (no keyboard trap)', async ({ page }) => {
    await open(page);
    await textbox(page, 'Purpose').click();
    await page.keyboard.press('Tab');
    expect(await hasFocusWithin(textbox(page, 'Purpose'))).toBe(false);
  });
});

test.describe('code editor (CodeMirror)', () => {
  test('the content element is a named multi-line textbox with line numbers and highlighting', async ({ page }) => {
    await open(page);
    const rust = textbox(page, 'Public Traits');
    await expect(rust).toHaveClass(/cm-content/);
    await expect(rust).toHaveAttribute('aria-multiline', 'true');
    await expect(region(page, 'Public Traits').locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^5$/ })).toBeVisible();
    const color = (text: string) =>
      rust.locator('span', { hasText: new RegExp(`^${text}$`) }).first().evaluate((el) => getComputedStyle(el).color);
    const plain = await rust.evaluate((el) => getComputedStyle(el).color);
    expect(await color('pub')).not.toBe(plain);
    expect(await color('pub')).not.toBe(await color('BlobStore'));

    const proto = textbox(page, 'gRPC Services');
    const protoKeyword = await proto.locator('span', { hasText: /^message$/ }).first().evaluate((el) => getComputedStyle(el).color);
    expect(protoKeyword).toBe(await color('pub'));
  });

  test('typing reports the whole code through onChange', async ({ page }) => {
    await open(page);
    await textbox(page, 'Configuration File').locator('.cm-line', { hasText: 'workers = 4' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('\nthreads = 8');
    await expect.poll(async () => (await changes(page, 'toml')).at(-1)).toBe(
      '# chainfire.toml\n[server]\nlisten = "127.0.0.1:7000"\nworkers = 4\nthreads = 8\n\n[storage]\nengine = "rocksdb"\ncompact = true\n',
    );
  });

  test('typing is reported at most every 100 ms while it goes on, and at once when the editor loses focus', async ({ page }) => {
    await open(page);
    await textbox(page, 'CLI Arguments').click();
    await page.keyboard.type('chainfire serve --port 7000 --verbose');
    await page.getByRole('textbox', { name: 'After' }).click();
    const reported = await changes(page, 'cli');
    expect(reported.at(-1)).toBe('chainfire serve --port 7000 --verbose');
    expect(reported.length).toBeLessThan('chainfire serve --port 7000 --verbose'.length / 2);
  });

  test('long lines wrap on screen in code with a language, and keep their columns in plain text', async ({ page }) => {
    await open(page);
    const long = `pub fn handle(${Array.from({ length: 30 }, (_, i) => `arg${i}: u64`).join(', ')}) -> Result<(), Error> {}`;
    await setValue(page, 'rust', long);
    await setValue(page, 'cli', `chainfire serve ${Array.from({ length: 30 }, (_, i) => `--flag-${i} value`).join(' ')}`);
    const overflow = (name: string) =>
      region(page, name)
        .locator('.cm-scroller')
        .evaluate((el) => el.scrollWidth - el.clientWidth);
    await expect(textbox(page, 'Public Traits')).toHaveText(long);
    await expect.poll(() => overflow('Public Traits')).toBeLessThanOrEqual(1);
    await expect.poll(() => overflow('CLI Arguments')).toBeGreaterThan(100);
    // Wrapping is only how the line is shown: one line, the same text, nothing reported as an edit.
    await expect(region(page, 'Public Traits').locator('.cm-gutterElement', { hasText: /^2$/ })).toHaveCount(0);
    expect(await changes(page, 'rust')).toEqual([]);
  });

  test('Tab indents; Escape then Tab leaves the editor', async ({ page }) => {
    await open(page);
    const rust = textbox(page, 'Public Traits');
    await rust.locator('.cm-line', { hasText: 'pub trait BlobStore' }).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    await expect(rust).toBeFocused();
    await expect.poll(async () => (await changes(page, 'rust')).at(-1)).toContain('\n  pub trait BlobStore');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(rust).not.toBeFocused();
    await expect(textbox(page, 'gRPC Services')).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    await expect(rust).toBeFocused();
  });

  test('an untouched editor never calls onChange; external values replace the doc without echo', async ({ page }) => {
    await open(page);
    await textbox(page, 'gRPC Services').click();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('textbox', { name: 'After' }).click();
    await setValue(page, 'protobuf', 'syntax = "proto3";\n\nmessage Empty {}\n');
    await expect(textbox(page, 'gRPC Services')).toContainText('message Empty {}');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__changes)).toEqual({});

    // Typing after an external value continues from it.
    await textbox(page, 'gRPC Services').locator('.cm-line', { hasText: 'message Empty' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' // none');
    await expect.poll(async () => (await changes(page, 'protobuf')).at(-1)).toBe('syntax = "proto3";\n\nmessage Empty {} // none\n');
  });

  test('typing over a selection replaces it, and one undo gives the code back', async ({ page }) => {
    await open(page);
    const rust = textbox(page, 'Public Traits');
    const initial = await rust.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
    await rust.locator('span', { hasText: /^BlobStore$/ }).first().dblclick();
    await page.keyboard.type('ObjectStore');
    await expect.poll(async () => (await changes(page, 'rust')).at(-1)).toContain('pub trait ObjectStore: Send + Sync {\n');
    expect((await changes(page, 'rust')).at(-1)).not.toContain('BlobStore:');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await changes(page, 'rust')).at(-1)).toBe(initial);
  });

  test('a key typed right after a click goes where the click put the caret', async ({ page }) => {
    await open(page);
    const toml = textbox(page, 'Configuration File');
    await toml.locator('.cm-line', { hasText: 'workers = 4' }).click();
    await page.keyboard.press('End');
    // No wait between the click and the keys: the editor may not have read the new caret position yet.
    await toml.locator('.cm-line', { hasText: 'engine = "rocksdb"' }).click();
    await page.keyboard.type(' # schnell → ü');
    await expect.poll(async () => (await changes(page, 'toml')).at(-1)).toBe(
      '# chainfire.toml\n[server]\nlisten = "127.0.0.1:7000"\nworkers = 4\n\n[storage]\nengine = "rocksdb" # schnell → ü\ncompact = true\n',
    );
  });

  test('a closing brace typed on a new line goes back to the indentation of its block', async ({ page }) => {
    await open(page);
    const rust = textbox(page, 'Public Traits');
    await rust.locator('.cm-line', { hasText: 'fn put(' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await changes(page, 'rust')).at(-1)).toMatch(/StoreError>;\n +\n\}\n$/);
    await page.keyboard.type('}');
    await expect.poll(async () => (await changes(page, 'rust')).at(-1)).toContain('StoreError>;\n}\n}\n');
  });

  test('text composed with an input method arrives whole, after what was typed before it', async ({ page }) => {
    await open(page);
    await textbox(page, 'CLI Arguments').click();
    await page.keyboard.type('serve --name ');
    const cdp = await page.context().newCDPSession(page);
    // What a Japanese IME sends for "ka" then "ki", then committing "かき".
    await cdp.send('Input.imeSetComposition', { text: 'k', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'かk', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'かき', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: 'かき' });
    await page.keyboard.type(' --fast');
    await page.getByRole('textbox', { name: 'After' }).click();
    expect((await changes(page, 'cli')).at(-1)).toBe('serve --name かき --fast');
  });

  test('the placeholder shows in an empty plain-text field', async ({ page }) => {
    await open(page);
    await expect(region(page, 'CLI Arguments').getByText('chainfire serve --config <path>')).toBeVisible();
  });

  test('CodeMirror is not loaded until a code field is shown', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}?only=purpose`);
    await expect(page.locator('.ProseMirror')).toBeVisible();
    expect(requested.filter((p) => p.includes('codeRuntime'))).toEqual([]);
  });

  test('until CodeMirror arrives the field is a usable textarea, and typed text carries over', async ({ page }) => {
    const { box: cli, release } = await typeIntoFallback(page, 'cli', 'CLI Arguments', '**/codeRuntime-*.js');
    await page.keyboard.type('chainfire serve');
    expect((await changes(page, 'cli')).at(-1)).toBe('chainfire serve');

    release();
    await expect(cli).toHaveClass(/cm-content/);
    await expect(cli).toHaveText('chainfire serve');
    await expect(cli).toBeFocused();
    await page.keyboard.type(' --port 7000');
    await expect.poll(async () => (await changes(page, 'cli')).at(-1)).toBe('chainfire serve --port 7000');
  });
});

test('the rendered preview runs nothing from the Markdown and shows its text', async ({ page }) => {
  await page.goto(`${base}?only=purpose`);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.evaluate(() => {
    window.__previewMarkdown =
      '<script>window.__xss = 1</script>\n\n<img src=x onerror="window.__xss = 2; alert(2)">\n\n' +
      '[click](javascript:window.__xss=3) <a href="#" onclick="window.__xss=4">a</a>\n\n' +
      '| cell |\n|---|\n| <svg onload="window.__xss=5"> |';
  });
  await page.getByRole('button', { name: 'Render preview' }).click();
  const preview = page.getByTestId('preview');
  // The javascript: link keeps its text but loses its target, so it is no longer a link at all.
  await expect(preview.getByText('click', { exact: true })).toBeVisible();
  await expect(preview.getByRole('link', { name: 'click' })).toHaveCount(0);
  await preview.getByText('click', { exact: true }).click();
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(preview).toContainText('<img src=x onerror="window.__xss = 2; alert(2)">');
  await expect(preview).toContainText('<a href="#" onclick="window.__xss=4">a</a>');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in the widgets (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await region(page, 'Scope').getByRole('button', { name: 'Link' }).click();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

/**
 * The built app's Content-Security-Policy and its network use: the policy forbids inline script and remote
 * origins, the app works under it without a single violation, and it makes no request but for its own files.
 */
import { expect, test, type Page } from '@playwright/test';
import { dropFile, fixture, typeInEditor } from './fixtures/editor';
import { componentName } from './fixtures/safety';

/** The served index.html's CSP, as directive -> sources. */
function parseCsp(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test('the built index.html carries a CSP without inline script or remote origins, and no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = parseCsp(html);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  for (const [name, sources] of csp) {
    for (const s of sources) {
      // Only keywords and local schemes: no host, no wildcard, no http(s)/ws(s) scheme.
      expect(`${name} ${s}`).toMatch(new RegExp(`^${name} ('self'|'none'|'unsafe-inline'|data:|blob:)$`));
    }
    if (name !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
  }
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(body!.trim()).toBe('');
  }
});

/** Records CSP violations in the page and every request it makes. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as { __violations?: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations!.push([e.violatedDirective, e.blockedURI, e.sourceFile && `at ${e.sourceFile}:${e.lineNumber}`].filter(Boolean).join(' ')));
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const violations = () => page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
  return { requests, violations };
}

test('the app works under its CSP with no violation, and requests nothing but its own files', async ({ page, baseURL }) => {
  const { requests, violations } = await watch(page);
  await page.goto('/');
  await componentName(page).fill('Chainfire');
  await typeInEditor(page, 'Purpose', 'Stores chains. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('bold');
  await typeInEditor(page, 'Public Traits', 'pub trait Store {}', { code: true });
  await page.getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('dialog', { name: 'Drafts' }).getByRole('button', { name: 'Close' }).click();
  await dropFile(page, '01-loom-weaver-provisioner.md', fixture('01-loom-weaver-provisioner.md'));
  await page.getByRole('dialog', { name: 'Replace the current spec?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(componentName(page)).toHaveValue('Weaver Provisioner');
  await page.getByRole('button', { name: 'Rendered' }).click();
  await expect(page.locator('.rendered')).toContainText('Weaver Provisioner');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(componentName(page)).toHaveValue('Chainfire');
  // Let the lint worker and the lazy chunks finish.
  await page.waitForTimeout(1500);

  expect(await violations()).toEqual([]);
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.some((u) => /import\.worker-.*\.js$/.test(u))).toBe(true);
});

test('a remote image in a spec is blocked by the CSP: the request never goes out', async ({ page }) => {
  const { violations } = await watch(page);
  const blocked: string[] = [];
  const responses: string[] = [];
  page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => responses.push(r.url()));
  await page.goto('/');
  await page.getByRole('button', { name: 'Paste Markdown' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste Markdown' });
  await dialog.getByLabel('Markdown text').fill('# Tracker Specification\n\n## 1. Overview\n\n### 1.1 Purpose\n\n![pixel](https://tracker.example/pixel.png)\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(componentName(page)).toHaveValue('Tracker');
  await page.getByRole('button', { name: 'Rendered' }).click();
  await expect(page.locator('.rendered img')).toHaveCount(1);
  await expect.poll(violations).toEqual(['img-src https://tracker.example/pixel.png']);
  // The browser stops the request itself: it fails as blocked and nothing comes back.
  await expect.poll(() => blocked).toEqual(['https://tracker.example/pixel.png csp']);
  expect(responses.filter((u) => u.includes('tracker.example'))).toEqual([]);
});

/**
 * The outline's lint counts are computed in a Web Worker: they appear for an imported spec with a finding,
 * and the page itself never loads the linter (which would block typing for seconds on a big spec).
 */
import { expect, test } from '@playwright/test';
import { dropFile } from './fixtures/editor';

const SPEC = '# Lintable Specification\n\n> Version: 1.0 | Status: WIP | Last Updated: 2025-01-01\n\n## 1. Overview\n\n### 1.1 Purpose\n\nChecks.\n';

test('lint findings reach the outline from a worker, without the linter on the page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  // The import runs in a worker of its own too; whichever starts first, the lint worker must start.
  const worker = page.waitForEvent('worker', { predicate: (w) => /lint\.worker-[\w-]+\.js$/.test(w.url()) });
  await page.goto('/');
  await dropFile(page, 'lintable.md', SPEC);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('link', { name: /Metadata/ })).toContainText('1 finding');
  await worker;
  expect(scripts.filter((s) => /lintFindings|\/lint-/.test(s))).toEqual([]);
});

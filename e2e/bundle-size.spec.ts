/**
 * Budget: the JavaScript the first screen needs (the entry chunk and its static imports, gzip) stays within
 * 250 kB. Reads the dist/ the web server just built (with its .vite/manifest.json); opens no browser.
 * The rich editor, CodeMirror and the linter are dynamic imports and do not count.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_BUDGET, firstLoadJs } from '../bench/ui/first-load';

const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');

test('the first screen needs at most 250 kB of gzipped JavaScript', () => {
  const load = firstLoadJs(dist);
  const list = load.files.map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
  expect(load.files.length, 'the entry chunk is found').toBeGreaterThan(0);
  expect(load.gzip, `first-load JavaScript (gzip): ${list}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
});

test('the lazy parts stay out of the first load', () => {
  const names = firstLoadJs(dist).files.map((f) => f.file);
  expect(names.filter((n) => /codeRuntime|proseRuntime|lintFindings|lint\.worker|renderHtml/.test(n))).toEqual([]);
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The dev server injects inline scripts (React Refresh) and style tags, so it serves index.html without its CSP. */
const devWithoutCsp: Plugin = {
  name: 'specwright:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/**
 * Workers have no `document`: micromark's entity decoder has a DOM build for browsers (it calls
 * document.createElement when loaded) and a plain one, which the lint worker must get.
 */
const workerWithoutDom: Plugin = {
  name: 'specwright:worker-without-dom',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'decode-named-character-reference'
      ? fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url))
      : null,
};

export default defineConfig({
  plugins: [react(), devWithoutCsp],
  base: './',
  worker: { format: 'es', plugins: () => [workerWithoutDom] },
  // dist/.vite/manifest.json: the bundle-size check (e2e/bundle-size.spec.ts) reads the entry's static imports there.
  build: { manifest: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

/**
 * Build of the widget harness: a second, test-only Vite entry (this folder's index.html) that mounts the
 * prose and code widgets and the preview renderer, so e2e/widgets.spec.ts can drive them in Chromium
 * before the app shell exists. Output goes to e2e/harness/dist (ignored by git).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  preview: { host: '127.0.0.1' },
});

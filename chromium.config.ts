/**
 * The Chromium the browser tests (playwright.config.ts) and the UI benchmarks (bench/) drive: CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium when present, else Playwright's own browser; software-rendered, and without
 * the background networking that keeps retrying closed connections.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

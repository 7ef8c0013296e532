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

/**
 * The UI benchmarks' flags: the same, without Chromium's navigation predictor. It samples some of a page's
 * links at random on each load (the outline's 260 links here: about half the loads of the 200 KB page had one)
 * and then re-checks their visibility 100 ms after every layout, drawing one more frame for it: on those loads
 * every key, in the fields and in the baseline textarea alike, could wait a frame tick for that frame's clock.
 * Off, every run measures the same thing; the traces with it sampling every link gave the baseline textarea
 * as much extra latency as the fields (docs/performance.md), so turning it off does not flatter the ratios.
 */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-features=NavigationPredictor'];

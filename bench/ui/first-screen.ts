/**
 * First load of the production build in a fresh browser context: the JavaScript the first screen needs (from
 * the build manifest), what the page actually fetches before it goes quiet, first contentful paint and time to
 * interactive (the later of "first enabled input" and the end of the last long task before 5 s without one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { FIRST_LOAD_BUDGET, firstLoadJs, gzipSize } from './first-load';
import { figure, type Figure } from './figures';
import { heapAfterGc } from './app';
import { installProbe, median, settle, type ProbeState } from './probe';

const RUNS = 3;
const QUIET_MS = 5000;

interface LoadTimes {
  fcp: number;
  tti: number;
  jsGzip: number;
  jsFiles: number;
  heap: number;
}

async function loadOnce(browser: Browser, url: string, distDir: string): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await installProbe(page);
  const js = new Set<string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) js.add(path);
  });
  await page.goto(url);
  await page.getByLabel('Component name', { exact: true }).waitFor();
  await settle(page, 500, QUIET_MS);
  const t = await page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeState }).__probe;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const lastLong = p.longTasks.length ? Math.max(...p.longTasks.map((l) => l.end)) : 0;
    return { fcp, tti: Math.max(p.firstInput ?? NaN, lastLong) };
  });
  const jsGzip = [...js].reduce((sum, path) => sum + gzipSize(readFileSync(join(distDir, path))), 0);
  const heap = await heapAfterGc(page);
  await context.close();
  return { ...t, jsGzip, jsFiles: js.size, heap };
}

/** First-load figures, and the heap of the app with an empty spec (the memory figures' baseline), in bytes. */
export async function measureFirstScreen(browser: Browser, url: string, distDir: string): Promise<{ figures: Figure[]; emptyHeap: number }> {
  const needed = firstLoadJs(distDir);
  const runs: LoadTimes[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, url, distDir));
  const kB = (b: number) => b / 1000;
  const fetched = median(runs.map((r) => r.jsGzip));
  return {
    emptyHeap: median(runs.map((r) => r.heap)),
    figures: [
      figure('first load: JS for the first screen (gzip)', kB(needed.gzip), 'kB', 'budget', kB(FIRST_LOAD_BUDGET), {
        budget: { on: 'value', max: kB(FIRST_LOAD_BUDGET) },
        note: `entry + static imports: ${needed.files.map((f) => f.file.replace('assets/', '')).join(', ')}`,
      }),
      figure('first load: JS fetched before the page is quiet', kB(fetched), 'kB', 'first-screen JS', kB(needed.gzip), {
        note: `${runs[0]!.jsFiles} files; lazy chunks the first screen starts loading on its own`,
      }),
      figure('first load: time to interactive', median(runs.map((r) => r.tti)), 'ms', 'first contentful paint', median(runs.map((r) => r.fcp)), {
        note: `median of ${RUNS} cold loads; TTI: ${runs.map((r) => r.tti.toFixed(0)).join(', ')} ms`,
      }),
    ],
  };
}

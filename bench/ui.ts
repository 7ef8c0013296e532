/**
 * `npm run bench:ui`: the editor's production build in headless Chromium, on two generated specs (about
 * 200 KB and 1 MB). Prints one line per figure (value, baseline, ratio, budget) and a closing summary, and
 * writes the figures to .bench/ui.json. Budgets (issue 6): typing p95 at most 2x a plain textarea on the
 * same page; first-screen JavaScript at most 250 kB gzip. Reports; the exit code is 0 unless the run failed.
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium when present, else Playwright's own browser.
 * BENCH_ONLY=first,200,1m,widgets picks parts (all by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { measureBigSpec } from './ui/big-spec';
import { figureLine, summaryLine, type Figure } from './ui/figures';
import { measureFirstScreen } from './ui/first-screen';
import { buildApp, serveStatic } from './ui/serve';
import { measureWidgetsAlone } from './ui/widgets-alone';
import { SPEC_1MB, SPEC_200KB, uiSpecMarkdown } from './ui/spec';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.bench', 'ui-dist');
const only = new Set((process.env.BENCH_ONLY ?? 'first,200,1m,widgets').split(','));

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Figure[] = [];
  const print = (f: Figure) => {
    figures.push(f);
    console.log(figureLine(f));
  };

  const buildMs = await buildApp(root, outDir);
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium ${browser.version()} (${BENCH_CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features')).join(' ')})`;
  console.log(`bench:ui ${new Date().toISOString()} on ${machine}; build ${(buildMs / 1000).toFixed(1)} s`);
  try {
    let emptyHeap = NaN;
    if (only.has('first') || only.has('1m')) {
      const first = await measureFirstScreen(browser, server.url, outDir);
      emptyHeap = first.emptyHeap;
      if (only.has('first')) first.figures.forEach(print);
    }
    const specs = [
      { key: '200', label: '200 KB', size: SPEC_200KB, memory: undefined },
      { key: '1m', label: '1 MB', size: SPEC_1MB, memory: { emptyHeap } },
    ];
    for (const s of specs) {
      if (!only.has(s.key)) continue;
      const title = `Bench ${s.label}`;
      const text = uiSpecMarkdown(title, s.size);
      await measureBigSpec(browser, server.url, { label: s.label, text, title, rows: s.size.tableRows, memory: s.memory }, print);
    }
    if (only.has('widgets')) {
      for (const f of await measureWidgetsAlone(browser, root, join(root, '.bench', 'ui-harness'), SPEC_200KB, '200 KB')) print(f);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(summaryLine(figures, seconds));
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'ui.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

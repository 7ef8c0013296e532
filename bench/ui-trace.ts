/**
 * `npm run bench:trace`: where a keystroke's time goes. Loads the 200 KB benchmark spec in the production build,
 * types 100 keys (80 ms apart) into one field while Chromium records a trace, and prints, per key, the latency
 * the benchmark measures plus the per-key averages of the main-thread phases (input task, frame, layerization,
 * paint, hit testing, timers, idle callbacks). With SLOW=ms it also lists every main-thread task between each
 * slower key's keydown and its measured frame. This is the diagnosis behind docs/performance.md; `bench:ui`
 * holds the budgets.
 *
 * TRACE_SIZE=1m uses the 1 MB spec. TRACE_FIELD=prose|code|cell|textarea|textarea-in-form (default prose; `textarea` is the fixed one at the window's
 * corner, `textarea-in-form` the one the budget uses, added to the form after the purpose field). TRACE_CSS adds a stylesheet first (for experiments).
 * TRACE_CATEGORIES=a,b records more trace categories (`toplevel` gives each task the place that posted it). TRACE_PACE=bench
 * types at `bench:ui`'s pace instead (40-140 ms apart, a 450 ms pause every 33 keys). The trace goes to .bench/trace.json.
 * It also prints the latency of the keys typed while one of the page's workers (import, lint) was running a task
 * and of the others: on two cores a worker's run slows the keys typed during it.
 *
 * Every run also prints each key's latency split in two, measured in the page: from the keydown's timeStamp to
 * the requestAnimationFrame callback of the frame that shows it (the input task: the browser's insertion and
 * the editor's script), and from there to the end of that frame (style, layout, paint, the editor's measuring
 * in the frame). Recording a trace adds 2-3 ms to each key: TRACE_OFF=1 types without one and prints only the
 * latencies and the split. TRACE_KEYS=n types n keys (default 100; more steadies the p95).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { addBaselineTextarea, addFormTextarea, installProbe, median, p95, settle, startRecording, stopRecording } from './ui/probe';
import { cellTarget, codeTarget, importSpec, proseTarget, textareaTarget, useClassicFileInput } from './ui/app';
import type { TypingTarget } from './ui/typing';
import { buildApp, serveStatic } from './ui/serve';
import { SPEC_1MB, SPEC_200KB, uiSpecMarkdown } from './ui/spec';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.bench', 'trace-dist');
const tracePath = join(root, '.bench', 'trace.json');
const KEY_TEXT = 'abcdefghij klmnopqrst uvwxyz abcdefghij klmnopqrst abcdefghij klmnopqrst uvwxyz abcdefghij klmnopqrs';
const KEY_COUNT = Number(process.env.TRACE_KEYS ?? 100);
if (!Number.isInteger(KEY_COUNT) || KEY_COUNT < 1) throw new Error(`TRACE_KEYS must be a positive whole number, not "${process.env.TRACE_KEYS}"`);
const KEYS = KEY_TEXT.repeat(Math.ceil(KEY_COUNT / KEY_TEXT.length)).slice(0, KEY_COUNT);

/**
 * In the page, per keydown: ms from its timeStamp to the rAF callback of the next frame, and to a setTimeout(0)
 * after it (the end the benchmark measures). Plain JavaScript (see PROBE_SCRIPT).
 */
const SPLIT_SCRIPT = `(() => {
  const split = (window.__split = []);
  addEventListener('keydown', (e) => {
    const r = { raf: NaN, end: NaN };
    split.push(r);
    requestAnimationFrame(() => {
      r.raf = performance.now() - e.timeStamp;
      setTimeout(() => (r.end = performance.now() - e.timeStamp), 0);
    });
  }, true);
})();`;

/** p50 / p95 of `xs`, for the split line. */
const spread = (xs: number[]) => `${median(xs).toFixed(1)} / ${p95(xs).toFixed(1)}`;
/** Trace event names summed per key (durations nest: the frame contains layerization, paint and so on). */
const PHASES: [string, string][] = [
  ['frame', 'ProxyMain::BeginMainFrame'],
  ['layerize', 'Layerize'],
  ['layout', 'Layout'],
  ['prepaint', 'PrePaint'],
  ['paint', 'Paint'],
  ['hit test', 'LayoutView::HitTest'],
  ['commit', 'Commit'],
  ['timers', 'TimerFire'],
  ['idle callbacks', 'FireIdleCallback'],
];

/** TRACE_SIZE=1m traces the 1 MB spec of `bench:ui` instead. */
const SIZE = process.env.TRACE_SIZE === '1m' ? SPEC_1MB : SPEC_200KB;
const IN_FORM = 'Benchmark baseline in the form';

function target(field: string, baseline: string): TypingTarget {
  if (field === 'code') return codeTarget('Public Traits');
  if (field === 'cell') return cellTarget('A. Error Codes', 'Meaning', Math.floor(SIZE.tableRows / 2));
  if (field === 'textarea') return textareaTarget(baseline);
  if (field === 'textarea-in-form') return textareaTarget(IN_FORM);
  return proseTarget('Purpose');
}

/** Prints the per-key averages, and for keys slower than `slowMs` the tasks between keydown and frame. */
function report(events: TraceEvent[], latencies: number[], slowMs: number): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  const n = latencies.length;
  const sum = (name: string) => own.filter((e) => e.name === name).reduce((t, e) => t + e.dur! / 1000, 0);
  const layerize = own.filter((e) => e.name === 'Layerize');
  console.log(`per key (ms): ${PHASES.map(([label, name]) => `${label} ${(sum(name) / n).toFixed(2)}`).join(', ')}`);
  console.log(`frames ${layerize.length}; frames whose layerization took over 1 ms: ${layerize.filter((e) => e.dur! > 1000).length}`);
  const keydowns = own.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const workers = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread').map((e) => `${e.pid}:${e.tid}`));
  const runs = events.filter((e) => e.ph === 'X' && e.name === 'HandlePostMessage' && e.dur! > 20_000 && workers.has(`${e.pid}:${e.tid}`));
  const during = (key: TraceEvent) => runs.some((r) => key.ts < r.ts + r.dur! && key.ts + 30_000 > r.ts);
  const split = (inRun: boolean) => latencies.filter((_, i) => keydowns[i] && during(keydowns[i]!) === inRun);
  const describe = (xs: number[]) => (xs.length ? `${xs.length} keys, median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms` : 'no keys');
  console.log(`worker runs over 20 ms: ${runs.length}; keys typed during one: ${describe(split(true))}; the others: ${describe(split(false))}`);
  if (!slowMs) return;
  const tasks = own.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  keydowns.forEach((key, i) => {
    const latency = latencies[i];
    if (latency === undefined || latency < slowMs) return;
    console.log(`key ${i}: ${latency.toFixed(1)} ms`);
    const end = key.ts + latency * 1000;
    for (const task of tasks.filter((t) => t.ts + t.dur! > key.ts && t.ts < end && t.dur! > 1000)) {
      const inner = own
        .filter((c) => c !== task && c.ts >= task.ts && c.ts + c.dur! <= task.ts + task.dur! && c.dur! > 700 && !c.name.includes('RunTask'))
        .slice(0, 6)
        .map((c) => `${c.name}${c.args?.data?.type ? `(${c.args.data.type})` : ''}${c.args?.data?.functionName ? `:${c.args.data.functionName}` : ''} ${(c.dur! / 1000).toFixed(1)}`);
      console.log(`  +${((task.ts - key.ts) / 1000).toFixed(1)} ms, task ${(task.dur! / 1000).toFixed(1)} ms: ${inner.join(', ')}`);
    }
  });
}

async function main(): Promise<void> {
  const field = process.env.TRACE_FIELD ?? 'prose';
  await buildApp(root, outDir);
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await installProbe(page);
    await page.addInitScript({ content: SPLIT_SCRIPT });
    await useClassicFileInput(page);
    await page.goto(server.url);
    await settle(page, 300, 500);
    await importSpec(page, 'bench.md', uiSpecMarkdown('Bench', SIZE), 'Bench');
    await settle(page);
    const baseline = await addBaselineTextarea(page);
    if (field === 'textarea-in-form') await addFormTextarea(proseTarget('Purpose').widget!(page), IN_FORM);
    if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS });
    await target(field, baseline).focus(page);
    await page.waitForTimeout(1000);
    const tracing = !process.env.TRACE_OFF;
    if (tracing) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])] });
    await startRecording(page);
    const benchPace = process.env.TRACE_PACE === 'bench';
    for (let i = 0; i < KEYS.length; i++) {
      await page.keyboard.type(KEYS[i]!);
      await page.waitForTimeout(!benchPace ? 80 : (i + 1) % 33 === 0 ? 450 : 40 + Math.floor(Math.random() * 100));
    }
    const latencies = await stopRecording(page, KEYS.length);
    const split = await page.evaluate((n) => (window as unknown as { __split: { raf: number; end: number }[] }).__split.slice(-n), KEYS.length);
    if (tracing) await browser.stopTracing();
    console.log(`${field}: ${latencies.length} keys, latency median ${median(latencies).toFixed(1)} ms, p95 ${p95(latencies).toFixed(1)} ms${tracing ? ' (traced)' : ''}`);
    console.log(
      `split (ms, median / p95): keydown -> its frame's rAF ${spread(split.map((r) => r.raf))}; rAF -> frame done ${spread(split.map((r) => r.end - r.raf))}`,
    );
    if (!tracing) return;
    const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    report(Array.isArray(trace) ? trace : (trace.traceEvents ?? []), latencies, Number(process.env.SLOW ?? 0));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

/**
 * In-page measurement for the UI benchmark. The probe is installed before any page script and records, per
 * input event, the time from the event's timeStamp to a requestAnimationFrame callback followed by
 * setTimeout(0) (the frame that shows the keystroke has been produced), plus every long task. The Event
 * Timing API is not used: it skips events under 16 ms. Functions passed to the page are self-contained.
 */
import type { Locator, Page } from '@playwright/test';

/** What the probe keeps on `window.__probe`. */
export interface ProbeState {
  on: boolean;
  /** Messages posted to the page's workers not answered yet. */
  workerPending: number;
  lat: number[];
  lastKey: number;
  longTasks: { start: number; end: number }[];
  firstInput: number | null;
}

/**
 * The init script, run in the page before the app (plain JavaScript: tsx would wrap named functions of a
 * serialized TypeScript function in a helper the page does not have).
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { on: false, lat: [], lastKey: 0, longTasks: [], firstInput: null, workerPending: 0 };
  window.__probe = probe;
  // Requests in flight to the page's workers (import, lint: one answer per message), so that settling waits
  // for them too: a lint run of the 1 MB spec keeps one of the two cores busy for seconds.
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', () => (probe.workerPending = Math.max(0, probe.workerPending - 1)));
        this.addEventListener('error', () => (probe.workerPending = 0));
      }
      postMessage(...args) {
        probe.workerPending++;
        return super.postMessage(...args);
      }
    };
  }
  const next = (ts) => requestAnimationFrame(() => setTimeout(() => probe.on && probe.lat.push(performance.now() - ts), 0));
  addEventListener('keydown', (e) => {
    probe.lastKey = e.timeStamp;
    if (probe.on) next(e.timeStamp);
  }, true);
  addEventListener('wheel', (e) => probe.on && next(e.timeStamp), { capture: true, passive: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Time to the first enabled input: checked on every frame until it appears.
  const poll = () => {
    if (document.querySelector('#root input:not([disabled])')) probe.firstInput = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Installs {@link PROBE_SCRIPT} in every document `page` loads from now on. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE_SCRIPT });
}

/** The 95th percentile (nearest rank) of `xs`. */
export function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

/** The median of `xs`. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Starts recording latencies (dropping earlier ones). */
export function startRecording(page: Page): Promise<void> {
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeState }).__probe;
    p.lat = [];
    p.on = true;
  });
}

/** Waits for `count` latencies, stops recording and returns them. */
export async function stopRecording(page: Page, count: number): Promise<number[]> {
  await page.waitForFunction((n) => (window as unknown as { __probe: ProbeState }).__probe.lat.length >= n, count, { timeout: 60_000 });
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeState }).__probe;
    p.on = false;
    return p.lat;
  });
}

/**
 * Waits until the page has settled: at least `minMs` after the call, no long task for `quietMs` and no request
 * in flight to a worker (debounced previews, lint runs and garbage collection have finished). Gives up after
 * 60 s.
 */
export async function settle(page: Page, minMs = 1200, quietMs = 800): Promise<void> {
  await page.waitForTimeout(minMs);
  await page.waitForFunction(
    (quiet) => {
      const probe = (window as unknown as { __probe: ProbeState }).__probe;
      const last = probe.longTasks.length ? Math.max(...probe.longTasks.map((t) => t.end)) : 0;
      return probe.workerPending === 0 && performance.now() - last > quiet;
    },
    quietMs,
    { timeout: 60_000, polling: 100 },
  );
}

/** Adds a plain textarea, fixed at the bottom right of the page, as the typing baseline; returns its label. */
export async function addBaselineTextarea(page: Page): Promise<string> {
  const label = 'Benchmark baseline';
  await page.evaluate((name) => {
    const ta = document.createElement('textarea');
    ta.setAttribute('aria-label', name);
    ta.style.cssText = 'position:fixed;right:8px;bottom:8px;width:320px;height:80px;z-index:9999;font:14px sans-serif';
    document.body.append(ta);
  }, label);
  return label;
}

/**
 * Adds a plain textarea to the form, right after `widget` (a field's outer box), labelled `label`: the baseline
 * a field is judged against. Unlike the fixed one, which Chromium composites as a layer of its own, it is
 * painted with the form, so each keystroke pays what the page around the field costs (layerizing the form's
 * on-screen paint chunks: about 2.5 ms per frame at the 200 KB spec's purpose field, against 0.3 ms for the
 * fixed one). Returns a function that removes it.
 */
export async function addFormTextarea(widget: Locator, label: string): Promise<() => Promise<void>> {
  await widget.evaluate((el, name) => {
    const ta = document.createElement('textarea');
    ta.setAttribute('aria-label', name);
    ta.dataset.benchBaseline = '';
    ta.style.cssText = 'display:block;box-sizing:border-box;width:100%;height:80px;margin-top:8px;font:14px sans-serif';
    el.after(ta);
  }, label);
  return () => widget.page().evaluate((name) => document.querySelector(`textarea[aria-label="${name}"]`)?.remove(), label);
}

/** Adds a plain scrollable box of 2,000 lines at the top left of the page, as the scrolling baseline. */
export async function addBaselineScroller(page: Page): Promise<string> {
  const id = 'bench-scroll-baseline';
  await page.evaluate((domId) => {
    const box = document.createElement('div');
    box.id = domId;
    box.style.cssText = 'position:fixed;left:8px;bottom:8px;width:420px;height:300px;overflow:auto;z-index:9999;background:Canvas;font:14px sans-serif';
    box.textContent = Array.from({ length: 2000 }, (_, i) => `Line ${i + 1} of the baseline`).join('\n');
    box.style.whiteSpace = 'pre';
    document.body.append(box);
  }, id);
  return `#${id}`;
}

/**
 * Edge module: runs {@link lintFindings} in a Web Worker, keeping at most one request in flight; while one
 * runs, newer texts replace each other and only the latest is linted next. Where workers are unavailable
 * (or fail to start) it lints on the main thread after loading the linter on demand.
 */
import type { Findings } from './lintFindings';

type Answer = { id: number; findings: Findings } | { id: number; error: string };
type Waiter = { resolve(f: Findings): void; reject(e: Error): void };

let worker: Worker | null | undefined;
let seq = 0;
let busy = false;
let queued: { markdown: string; waiters: Waiter[] } | null = null;
const inFlight = new Map<number, Waiter[]>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module', name: 'lint' });
    w.onmessage = (e: MessageEvent<Answer>) => settle(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      worker = null;
      for (const [id] of inFlight) settle({ id, error: e.message || 'The lint worker failed' });
    };
    return w;
  } catch {
    return null;
  }
}

function settle(answer: Answer): void {
  const waiters = inFlight.get(answer.id) ?? [];
  inFlight.delete(answer.id);
  busy = false;
  for (const w of waiters) 'findings' in answer ? w.resolve(answer.findings) : w.reject(new Error(answer.error));
  const next = queued;
  queued = null;
  if (next) send(next.markdown, next.waiters);
}

function send(markdown: string, waiters: Waiter[]): void {
  if (worker === undefined) worker = startWorker();
  if (!worker) {
    import('./lintFindings').then(
      (m) => waiters.forEach((w) => w.resolve(m.lintFindings(markdown))),
      (e: unknown) => waiters.forEach((w) => w.reject(e instanceof Error ? e : new Error(String(e)))),
    );
    return;
  }
  const id = ++seq;
  busy = true;
  inFlight.set(id, waiters);
  worker.postMessage({ id, markdown });
}

/** The findings for `markdown`, computed off the main thread when possible. */
export function lintInBackground(markdown: string): Promise<Findings> {
  return new Promise((resolve, reject) => {
    const waiter = { resolve, reject };
    if (!busy) return send(markdown, [waiter]);
    // A newer text supersedes the queued one: its callers get the newer findings.
    queued = { markdown, waiters: [...(queued?.waiters ?? []), waiter] };
  });
}

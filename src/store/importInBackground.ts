/**
 * Edge module: importMarkdown in a Web Worker, so importing or reopening a large spec never freezes the page.
 * Invariant: the result is exactly importMarkdown's (the worker runs the same code); where workers are
 * missing or fail, it runs on the main thread instead, so an import never fails for want of a worker.
 */
import { importMarkdown, type ImportResult } from '../markdown';

type Answer = { id: number; result: ImportResult } | { id: number; error: string };

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, { resolve(r: ImportResult): void; reject(e: Error): void; text: string }>();

function failAll() {
  worker = null;
  // Whatever was in flight is done on the main thread instead.
  for (const [id, w] of waiting) {
    waiting.delete(id);
    inMainThread(w.text).then(w.resolve, w.reject);
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    w.onmessage = (e: MessageEvent<Answer>) => {
      const waiter = waiting.get(e.data.id);
      if (!waiter) return;
      waiting.delete(e.data.id);
      if ('result' in e.data) waiter.resolve(e.data.result);
      else waiter.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      failAll();
    };
    return w;
  } catch {
    return null;
  }
}

async function inMainThread(text: string): Promise<ImportResult> {
  return importMarkdown(text);
}

/** importMarkdown(text), computed in a worker where the browser has one. Rejects only if the importer throws. */
export function importInBackground(text: string): Promise<ImportResult> {
  if (worker === undefined) worker = startWorker();
  if (!worker) return inMainThread(text);
  const id = ++seq;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, text });
    worker!.postMessage({ id, text });
  });
}

/**
 * One big spec through the app: import time (file chosen to form shown), rows the long table renders,
 * typing latency in a Tiptap field, a table cell and a CodeMirror field against a plain textarea, with the
 * preview shown and hidden, and optionally scrolling and the JS heap over 1,000 edits.
 */
import type { Browser, Page } from '@playwright/test';
import { importMarkdown } from '../../src/markdown';
import { TYPING_PAUSE_MS } from '../../src/store/idle';
import { cellTarget, codeTarget, heapAfterGc, importSpec, proseTarget, scrollTableTo, setPreviewHidden, tableRows, textareaTarget, useClassicFileInput } from './app';
import { figure, type Figure } from './figures';
import { addBaselineScroller, addBaselineTextarea, addFormTextarea, installProbe, median, p95, settle, startRecording, stopRecording } from './probe';
import { measureTyping, type TypingTarget } from './typing';

const IMPORT_RUNS = 3;
const TYPING = { rounds: 4, keysPerRound: 50 };
const TYPING_BUDGET = 2;
const ERRORS = 'A. Error Codes';

export interface BigSpecOptions {
  label: string;
  text: string;
  title: string;
  /** Table rows per table, to pick the middle row. */
  rows: number;
  /** Also measure scrolling and the heap over 1,000 edits; `emptyHeap` is the heap with an empty spec. */
  memory?: { emptyHeap: number };
}

async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await installProbe(page);
  await useClassicFileInput(page);
  return page;
}

/** Best of two runs of the codec's own import in Node: the share of the import that is parsing. */
function codecImportMs(text: string): number {
  const times = [0, 1].map(() => {
    const t0 = performance.now();
    importMarkdown(text);
    return performance.now() - t0;
  });
  return Math.min(...times);
}

/**
 * Typing in `target` against two plain textareas typed in the same rounds: one added to the form right after
 * the field (the budget's baseline: it pays what the page around the field costs a keystroke, so the ratio is
 * the field's own cost) and the fixed one at the window's corner (composited apart from the form; its ratio is
 * in the note, comparable with runs before the third session).
 */
async function typingFigure(page: Page, name: string, target: TypingTarget, fixed: TypingTarget, previewTail: boolean): Promise<{ fig: Figure; lag: number[]; p95: number }> {
  const label = 'Benchmark baseline in the form';
  const remove = await addFormTextarea(target.widget!(page), label);
  try {
    const r = await measureTyping(page, target, [textareaTarget(label), fixed], { ...TYPING, previewTail });
    const [inForm, corner] = r.baselines.map((b) => p95(b)) as [number, number];
    const field = p95(r.field);
    const fig = figure(name, field, 'ms', 'textarea in the form', inForm, {
      budget: { on: 'ratio', max: TYPING_BUDGET },
      note:
        `p95 of ${r.field.length} keys; median ${median(r.field).toFixed(1)} vs ${median(r.baselines[0]!).toFixed(1)} ms; max ${Math.max(...r.field).toFixed(0)} ms; ` +
        `fixed textarea ${corner.toFixed(1)} ms, ratio ${(field / corner).toFixed(2)}`,
    });
    return { fig, lag: r.previewLag, p95: field };
  } finally {
    await remove();
  }
}

/** Measures one big spec; prints each figure as it is known and returns them all. */
export async function measureBigSpec(browser: Browser, url: string, o: BigSpecOptions, print: (f: Figure) => void): Promise<Figure[]> {
  const out: Figure[] = [];
  const add = (f: Figure) => (out.push(f), print(f));
  const fileName = `bench-${o.label.replace(/\W+/g, '')}.md`;
  const kB = (o.text.length / 1000).toFixed(0);

  const importTimes: number[] = [];
  let page: Page | null = null;
  for (let i = 0; i < IMPORT_RUNS; i++) {
    if (page) await page.context().close();
    page = await openPage(browser);
    await page.goto(url);
    await settle(page, 300, 500);
    importTimes.push(await importSpec(page, fileName, o.text, o.title));
  }
  page = page!;
  add(figure(`import ${o.label}: file chosen -> form shown`, median(importTimes), 'ms', 'codec import in Node', codecImportMs(o.text), {
    note: `${kB} kB; median of ${IMPORT_RUNS}: ${importTimes.map((t) => t.toFixed(0)).join(', ')} ms`,
  }));
  await settle(page);
  const rows = await tableRows(page, ERRORS);
  add(figure(`${o.label}: error-code rows in the DOM`, rows.rendered, 'rows', 'rows in the table', rows.total, { budget: { on: 'ratio', max: 0.5 } }));

  if (o.memory) await memoryFigures(page, o, add);

  const base = textareaTarget(await addBaselineTextarea(page));
  const mid = Math.floor(o.rows / 2);
  const cell = cellTarget(ERRORS, 'Meaning', mid);
  const targets: [string, TypingTarget][] = [
    ['purpose (Tiptap)', proseTarget('Purpose')],
    [`error-code cell, row ${mid}`, cell],
    ['Public Traits (CodeMirror)', codeTarget('Public Traits')],
  ];
  let cellVisible = NaN;
  for (const [name, target] of targets) {
    const r = await typingFigure(page, `typing ${o.label}: ${name}`, target, base, true);
    add(r.fig);
    if (target === cell) {
      cellVisible = r.p95;
      add(figure(`preview ${o.label}: keystroke -> preview shows it`, median(r.lag), 'ms', 'typing p95', r.p95, {
        note: `median of ${r.lag.length} rounds (after a ${TYPING_PAUSE_MS} ms pause in typing, then idle time): ${r.lag.map((l) => l.toFixed(0)).join(', ')} ms`,
      }));
    }
  }
  await setPreviewHidden(page, true);
  const hidden = await typingFigure(page, `typing ${o.label}: cell, preview hidden`, cell, base, false);
  add(hidden.fig);
  await setPreviewHidden(page, false);
  add(figure(`preview ${o.label}: cell typing p95, shown vs hidden`, cellVisible, 'ms', 'preview hidden', hidden.p95, {
    note: 'about 1 when updating the preview stays off the keystroke path',
  }));
  if (o.memory) add(await scrollFigure(page, o.label));
  await page.context().close();
  return out;
}

/** Wheel events over the long table vs over a plain scrollable box: event -> next frame, p95. */
async function scrollFigure(page: Page, label: string): Promise<Figure> {
  const baseSel = await addBaselineScroller(page);
  await scrollTableTo(page, ERRORS, 1);
  const table = page.getByRole('region', { name: ERRORS, exact: true }).locator('.table-scroll');
  const wheel = async (sel: { hover(): Promise<void> }, down: boolean) => {
    await sel.hover();
    await startRecording(page);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, down ? 400 : -400);
      await page.waitForTimeout(40);
    }
    return stopRecording(page, 40);
  };
  const field: number[] = [];
  const base: number[] = [];
  for (const down of [true, false, true, false]) {
    base.push(...(await wheel(page.locator(baseSel), down)));
    await settle(page, 300, 500);
    field.push(...(await wheel(table, down)));
    await settle(page, 300, 500);
  }
  return figure(`scrolling ${label}: error-code table, wheel -> frame`, p95(field), 'ms', 'plain scroll box', p95(base), {
    budget: { on: 'ratio', max: TYPING_BUDGET },
    note: `p95 of ${field.length} wheel events`,
  });
}

/** Heap after the import, and growth over 1,000 edits spread over a cell, a prose and a code field, with scrolling. */
async function memoryFigures(page: Page, o: BigSpecOptions, add: (f: Figure) => void): Promise<void> {
  const MB = (b: number) => b / 1e6;
  const mid = Math.floor(o.rows / 2);
  const targets = [cellTarget(ERRORS, 'Meaning', mid), proseTarget('Purpose'), codeTarget('Public Traits'), cellTarget('2.3 Dependencies', 'Purpose', o.rows - 2)];
  const edit = async (keys: number) => {
    for (const t of targets) {
      await t.focus(page);
      await page.keyboard.type(' memoryedit'.repeat(Math.ceil(keys / 11)).slice(0, keys));
      await scrollTableTo(page, ERRORS, 1);
      await settle(page, 300, 500);
    }
  };
  await edit(20);
  await settle(page);
  const before = await heapAfterGc(page);
  add(figure(`memory ${o.label}: JS heap after import`, MB(before), 'MB', 'empty spec', MB(o.memory!.emptyHeap)));
  await edit(250);
  await settle(page);
  const after = await heapAfterGc(page);
  add(figure(`memory ${o.label}: JS heap after 1,000 more edits`, MB(after), 'MB', 'after import', MB(before), {
    budget: { on: 'ratio', max: 1.1 },
    note: `growth ${(MB(after) - MB(before)).toFixed(1)} MB, after forced GC`,
  }));
}

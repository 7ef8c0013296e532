/**
 * `npm run bench`: the Markdown codec against remark's own parse and stringify of the same text, in the same
 * process, on a large generated spec and on the corpus (`../shared/corpus/real`). Warm-up runs, then the
 * median of N. Reports; asserts nothing (goal: ratio <= 1.5). Also writes the figures to .bench/core.json.
 */
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { getAt, setAt } from '../src/spec';
import { exportMarkdown, importMarkdown, type ImportResult } from '../src/markdown';
import { largeSpecMarkdown } from './large-spec';

const GOAL = 1.5;
const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '..', 'shared', 'corpus', 'real');

const parser = unified().use(remarkParse).use(remarkGfm);
const stringifier = unified().use(remarkStringify).use(remarkGfm);
const remarkParseText = (text: string) => parser.parse(text);
const remarkStringifyTree = (tree: Root) => stringifier.stringify(tree);

/** Median wall time in ms of `fn` after `warmup` discarded runs. */
function median(fn: () => unknown, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Figure {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  ratio: number;
}

/** A set of documents measured together: each timed run processes all of them. */
interface Workload {
  label: string;
  texts: string[];
  warmup: number;
  runs: number;
  /** The field edited for the "preserving after one edit" figure. */
  editPath: string;
}

/** Measures one workload, printing each figure as soon as it is known. */
function measure(w: Workload): Figure[] {
  const trees = w.texts.map(remarkParseText);
  const imported: ImportResult[] = w.texts.map(importMarkdown);
  console.log(`${w.label}: ${sanityLine(w.texts, imported)}`);
  for (const r of imported) {
    if (typeof getAt(r.spec, w.editPath) !== 'string') throw new Error(`Cannot edit ${w.editPath}, expected a string field`);
  }
  const edited = imported.map((r) => setAt(r.spec, w.editPath, 'Edited by the benchmark'));

  const time = (fn: () => unknown) => median(fn, w.warmup, w.runs);
  const parseMs = time(() => w.texts.map(remarkParseText));
  const stringifyMs = time(() => trees.map(remarkStringifyTree));
  const figures: Figure[] = [];
  const fig = (name: string, fn: () => unknown, baseline: string, baselineMs: number) => {
    const ms = time(fn);
    const f = { name: `${w.label} ${name}`, ms, baseline, baselineMs, ratio: ms / baselineMs };
    printFigure(f);
    figures.push(f);
  };
  fig('import', () => w.texts.map(importMarkdown), 'remark parse', parseMs);
  // `fmt`: import, then canonical export reusing the import's parse of what is unchanged.
  fig('fmt (import + canonical export)', () => w.texts.map((t) => { const r = importMarkdown(t); return exportMarkdown(r.spec, { mode: 'canonical', source: r.source }); }), 'remark parse+str', parseMs + stringifyMs);
  fig('export canonical (with source)', () => imported.map((r) => exportMarkdown(r.spec, { mode: 'canonical', source: r.source })), 'remark stringify', stringifyMs);
  // Without the source (spec JSON -> Markdown, `md`), prose held as Markdown strings is parsed again, so
  // remark's full round trip is the fair yardstick.
  fig('export canonical (spec only)', () => imported.map((r) => exportMarkdown(r.spec, { mode: 'canonical' })), 'remark parse+str', parseMs + stringifyMs);
  fig(
    'export preserving (unedited)',
    () => imported.map((r) => exportMarkdown(r.spec, { mode: 'preserving', source: r.source })),
    'remark stringify',
    stringifyMs,
  );
  fig(
    'export preserving (one edit)',
    () => edited.map((spec, i) => exportMarkdown(spec, { mode: 'preserving', source: imported[i]!.source })),
    'remark stringify',
    stringifyMs,
  );
  return figures;
}

/** Checks that the codec really did its work, so a fast figure is not a wrong one. */
function sanityLine(texts: string[], imported: ImportResult[]): string {
  const rows = (key: (r: ImportResult) => unknown[]) => imported.reduce((n, r) => n + key(r).length, 0);
  const same = imported.filter((r, i) => exportMarkdown(r.spec, { mode: 'preserving', source: r.source }) === texts[i]).length;
  return (
    `rows imported: ${rows((r) => r.spec.architecture.dependencies)} dependencies, ${rows((r) => r.spec.configuration.envVars)} env vars, ` +
    `${rows((r) => r.spec.appendix.errorCodes)} error codes, ${rows((r) => r.spec.appendix.glossary)} glossary entries; ` +
    `unedited export byte-identical: ${same}/${texts.length}`
  );
}

function printFigure(f: Figure): void {
  const ms = (n: number) => `${n.toFixed(2).padStart(9)} ms`;
  console.log(`${f.name.padEnd(42)} ${ms(f.ms)}   ${f.baseline.padEnd(16)} ${ms(f.baselineMs)}   ratio ${f.ratio.toFixed(2)}`);
}

function main(): number {
  const large = largeSpecMarkdown();
  const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort() : [];
  const corpus = corpusFiles.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const kb = (texts: string[]) => (texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024).toFixed(0);

  console.log(`node ${process.version}; median of N runs after warm-up; goal ratio <= ${GOAL}`);
  console.log(`large spec: ${kb([large])} KiB of Markdown; corpus: ${corpusFiles.length} files, ${kb(corpus)} KiB`);
  const figures: Figure[] = [];
  try {
    const workloads: Workload[] = [{ label: 'large', texts: [large], warmup: 1, runs: 5, editPath: 'architecture.dependencies[500].purpose' }];
    if (corpus.length) workloads.push({ label: 'corpus', texts: corpus, warmup: 2, runs: 9, editPath: 'meta.status' });
    for (const w of workloads) figures.push(...measure(w));
  } catch (e) {
    console.log(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const worst = figures.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const met = figures.filter((f) => f.ratio <= GOAL).length;
  console.log(
    `summary: ${met}/${figures.length} figures within ${GOAL}x of remark; worst ${worst.ratio.toFixed(2)}x (${worst.name})`,
  );
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'core.json'), `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
  return 0;
}

process.exitCode = main();

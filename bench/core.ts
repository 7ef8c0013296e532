/**
 * `npm run bench`: the Markdown codec against remark's own parse and stringify of the same text, in the same
 * process, on a large generated spec and on the corpus (`../shared/corpus/real`). Warm-up runs, then the
 * median of N. Reports; asserts nothing (goal: ratio <= 1.5).
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
import { setAt } from '../src/spec';
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

function measure(w: Workload): Figure[] {
  const each = <T>(f: (text: string, i: number) => T) => () => w.texts.map(f);
  const trees = w.texts.map(remarkParseText);
  const imported: ImportResult[] = w.texts.map(importMarkdown);
  const edited = imported.map((r) => setAt(r.spec, w.editPath, 'Edited by the benchmark'));

  const parseMs = median(each(remarkParseText), w.warmup, w.runs);
  const stringifyMs = median(() => trees.map(remarkStringifyTree), w.warmup, w.runs);
  const fig = (name: string, ms: number, baseline: string, baselineMs: number): Figure => ({
    name: `${w.label} ${name}`,
    ms,
    baseline,
    baselineMs,
    ratio: ms / baselineMs,
  });
  return [
    fig('import', median(each(importMarkdown), w.warmup, w.runs), 'remark parse', parseMs),
    fig(
      'export canonical',
      median(() => imported.map((r) => exportMarkdown(r.spec, { mode: 'canonical' })), w.warmup, w.runs),
      'remark stringify',
      stringifyMs,
    ),
    fig(
      'export preserving (unedited)',
      median(() => imported.map((r) => exportMarkdown(r.spec, { mode: 'preserving', source: r.source })), w.warmup, w.runs),
      'remark stringify',
      stringifyMs,
    ),
    fig(
      'export preserving (one edit)',
      median(() => edited.map((s, i) => exportMarkdown(s, { mode: 'preserving', source: imported[i]!.source })), w.warmup, w.runs),
      'remark stringify',
      stringifyMs,
    ),
  ];
}

/** Checks that the codec really did its work on the large spec, so a fast figure is not a wrong one. */
function sanityLine(text: string): string {
  const { spec, source } = importMarkdown(text);
  const rows = [spec.architecture.dependencies, spec.configuration.envVars, spec.appendix.errorCodes, spec.appendix.glossary];
  const same = exportMarkdown(spec, { mode: 'preserving', source }) === text;
  return `rows imported: ${rows.map((r) => r.length).join(' / ')} (dependencies / env vars / error codes / glossary); unedited export byte-identical: ${same ? 'yes' : 'NO'}`;
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
    console.log(`large spec ${sanityLine(large)}`);
    const workloads: Workload[] = [{ label: 'large', texts: [large], warmup: 1, runs: 5, editPath: 'architecture.dependencies[1500].purpose' }];
    if (corpus.length) workloads.push({ label: 'corpus', texts: corpus, warmup: 5, runs: 21, editPath: 'meta.status' });
    for (const w of workloads) {
      for (const f of measure(w)) {
        printFigure(f);
        figures.push(f);
      }
    }
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

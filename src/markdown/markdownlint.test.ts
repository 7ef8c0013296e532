/**
 * Canonical output passes markdownlint's default rules, except those the template itself breaks and those only
 * an author's own content can break (a canonical formatter must not rewrite what the author wrote). The list
 * and the reasons are in the README ("Markdown style of the canonical export").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { createEmptySpec } from '../spec';
import { specArb } from '../spec/arbitrary';
import { exportMarkdown, importMarkdown } from './index';
import { CORPUS_DIR } from './corpus.test';

/** Rules TEMPLATE.md itself breaks: untyped code fences (2.1, 2.2, 5.3). */
const TEMPLATE_BREAKS = { MD040: false };
/** The template's placeholder tables mix `|-------|` with `| tokio |`; written verbatim with placeholders on. */
const TEMPLATE_PLACEHOLDERS = { MD060: false };
/**
 * What only content breaks: long lines of code and prose (MD013), tabs in code (MD010), HTML the author wrote
 * (MD033), code spans with edge spaces (MD038), two quotes in a row (MD028), two extra sections of the same name (MD024),
 * an ordered list the author started at 13 (MD029).
 */
const CONTENT = { MD013: false, MD010: false, MD033: false, MD038: false, MD028: false, MD024: false, MD029: false };
/** What real specs' own content breaks too: bold lines as headings, a list item holding a fence, TOC links to renamed headings. */
const CORPUS_CONTENT = { MD036: false, MD031: false, MD051: false };

function problems(strings: Record<string, string>, config: Record<string, boolean>): string[] {
  const result = lint({ strings, config: { default: true, ...config } });
  return Object.entries(result).flatMap(([name, errors]) => errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`));
}

describe('markdownlint over canonical export', () => {
  it('the template, and a blank spec without placeholders, break nothing else', () => {
    expect(problems({ blank: exportMarkdown(createEmptySpec('Chainfire')) }, {})).toEqual([]);
    expect(problems({ template: exportMarkdown(createEmptySpec('Chainfire'), { placeholders: true }) }, { ...TEMPLATE_BREAKS, ...TEMPLATE_PLACEHOLDERS })).toEqual([]);
  });

  it('generated specs', () => {
    const strings = Object.fromEntries(fc.sample(specArb, { numRuns: 300, seed: 20261129 }).map((spec, i) => [`generated-${i}`, exportMarkdown(spec)]));
    expect(problems(strings, { ...TEMPLATE_BREAKS, ...CONTENT })).toEqual([]);
  });

  it('the real specs', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
    const strings = Object.fromEntries(files.map((f) => [f, exportMarkdown(importMarkdown(readFileSync(join(CORPUS_DIR, f), 'utf8')).spec, { mode: 'canonical' })]));
    expect(problems(strings, { ...TEMPLATE_BREAKS, ...CONTENT, ...CORPUS_CONTENT })).toEqual([]);
  });
});

/**
 * Fuzzing the importer with Markdown-like strings built from Markdown's own tokens (headings, quotes, list
 * markers, table pipes, code fences, emphasis, links, HTML, tabs, blank lines), words and pieces of the
 * template (so sections, metadata and tables are recognised, then broken by what follows). For every string: import does not throw, the unedited preserving export is the input byte for
 * byte, and the canonical export loses no word (word multisets compared as in corpus.test.ts).
 * FUZZ_RUNS=20000 for a long local run.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELDS } from '../spec';
import { lostWords } from './contentWords.testkit';
import { exportMarkdown, importMarkdown } from './index';

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const timeout = Math.max(120_000, runs * 200);

const SYNTAX = ['#', '## ', '### ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '|', ' | ', '|---|', '`', '```', '~~~', '*', '**', '_', '[', ']', '(', ')', '![', '<', '>', '</', '<br>', '<b>', '&amp;', '\\', ':', '---', '===', '[^1]', '- [ ] ', 'http://example.com/x'];
const SPACE = [' ', ' ', '  ', '    ', '\t', '\n', '\n', '\n\n', '\r\n'];
/** Pieces of the template, so headings, metadata and tables get recognised (and then mangled by what follows). */
const TEMPLATE_BITS = ['# Chainfire Specification\n', '> Version: 1.0 | Status: Draft | Last Updated: 2025-01-01\n', '\n## 1. Overview\n', '\n### 1.1 Purpose\n', '\n### 1.2 Scope\n', '- **In scope**: ', '\n## 2. Architecture\n', '\n### 2.3 Dependencies\n', '| Crate | Purpose |\n|---|---|\n', '| tokio | runtime |\n', '\n### 5.2 Environment Variables\n', '| Variable | Default | Description |\n|----|----|----|\n', '\n## Appendix\n', '\n### A. Error Codes\n', '\n### B. Glossary\n', '- **Term**: ', '```rust\n', '```\n'];
const WORDS = ['alpha', 'beta', 'gamma', 'δέλτα', '数据', 'x1', '42', 'Overview', 'Purpose', 'Scope', 'Architecture', 'Dependencies', 'Glossary', 'Appendix', 'Configuration', 'Environment', 'Variables', 'Error', 'Codes', 'Specification', 'Version', 'Status', 'Draft', 'Last', 'Updated', 'Variable', 'Default', 'Description', 'Crate', 'Code', 'Meaning', 'Term', 'Definition', '1.', '1.1', '2.3', '5.2', 'A.', 'B.'];

/** A Markdown-like string: a sequence of syntax, whitespace and word tokens. */
const markdownish = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SYNTAX), weight: 3 },
      { arbitrary: fc.constantFrom(...SPACE), weight: 3 },
      { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
      { arbitrary: fc.constantFrom(...TEMPLATE_BITS), weight: 1 },
    ),
    { maxLength: 80 },
  )
  .map((tokens) => tokens.join(''));

/** Words of `text` that canonical export lacks, after the wording the template may change (as corpus.test.ts). */
function canonicalLoses(text: string): string[] {
  const { spec, source } = importMarkdown(text);
  const canonical = exportMarkdown(spec, { mode: 'canonical' });
  const exempt = [
    ...source.headings.filter((h) => h.matched).map((h) => h.text),
    ...Object.values(source.fields).flatMap((fs) => (fs.columns ?? []).filter((c) => !c.key.startsWith('extra:')).map((c) => c.header)),
  ];
  // Labels of recognised key-value bullets (`**In scope**:`) are template wording, like headings.
  for (const fs of Object.values(source.fields)) {
    const field = FIELDS.find((f) => f.path === fs.path)?.sub.field;
    if (field?.kind !== 'keyValue' || !fs.parts) continue;
    for (const key of Object.keys(fs.parts)) {
      const def = field.keys.find((k) => k.key === key);
      const written = def && [def.label, ...def.aliases].find((l) => text.toLowerCase().includes(l.toLowerCase()));
      if (written) exempt.push(written);
    }
  }
  if (source.meta) exempt.push(text.slice(source.meta.span.start, source.meta.span.end).match(/version|status|last updated|date|revision/gi)?.join(' ') ?? '');
  return lostWords(text, canonical, exempt);
}

describe('import fuzzing over Markdown-like strings', () => {
  it('never throws, and the unedited preserving export is the input', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const { spec, source } = importMarkdown(text);
        expect(exportMarkdown(spec, { mode: 'preserving', source })).toBe(text);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('canonical export loses no word', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(canonicalLoses(text)).toEqual([]);
      }),
      { numRuns: runs },
    );
  }, timeout);
});

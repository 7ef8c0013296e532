import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../markdown';
import { NOW, lintAt } from './fixtures/helpers';
import { VALID, withLines } from './fixtures/valid';
import { lintMarkdown, lintSpec, RULES } from './index';

const TEMPLATE_MD = readFileSync(join(import.meta.dirname, '../../../shared/template/TEMPLATE.md'), 'utf8');

describe('lintSpec', () => {
  it('finds nothing in a spec that follows the template', () => {
    expect(lintAt(VALID)).toEqual([]);
  });

  it('reports the template itself as placeholders to fill in, without errors', () => {
    const found = lintAt(TEMPLATE_MD);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    // The title, the date and each of the 24 fields hold the template's text; nothing else is wrong.
    expect(new Set(found.map((d) => d.rule))).toEqual(new Set(['content/placeholder']));
    expect(found.length).toBe(26);
    expect(found.map((d) => d.message).slice(0, 2)).toEqual([
      "The title still holds '[Component Name]'; replace it with real content or delete it",
      "'Last Updated' still holds the placeholder 'YYYY-MM-DD'; replace it with real content or delete it",
    ]);
  });

  it('applies configured severities and drops rules turned off', () => {
    const md = withLines({ 3: '> Version: v2 | Status: Done | Last Updated: 2026-02-30' });
    const found = lintSpec(importMarkdown(md), { now: NOW, rules: { 'meta/unknown-status': 'off', 'meta/invalid-version': 'error', 'meta/invalid-date': 'info' } });
    expect(found.map((d) => [d.rule, d.severity, d.column])).toEqual([
      ['meta/invalid-version', 'error', 12],
      ['meta/invalid-date', 'info', 46],
    ]);
  });

  it("passes the importer's findings through, except those a rule reports better", () => {
    const md = `${withLines({ 1: 'Chainfire notes' })}\n<div>html</div>\n`;
    const rules = lintAt(md).map((d) => d.rule);
    expect(rules).toContain('import/html');
    expect(rules).toContain('structure/missing-title');
    expect(rules).not.toContain('import/missing-title');
  });

  it('gives the same positions for a file with a byte order mark and CRLF line endings', () => {
    const md = withLines({ 3: '> Version: 1.2 | Status: Done | Last Updated: 2026-01-15', 41: '| serde | Serialization | 1.0 |', 58: null, 91: 'port = ' });
    const pick = (text: string) => lintAt(text).map((d) => `${d.line}:${d.column} ${d.rule}`);
    const expected = ['3:26 meta/unknown-status', '41:27 table/cell-count', '56:17 code/rust-delimiters', '90:8 code/toml-syntax'];
    expect(pick(md)).toEqual(expected);
    expect(pick(`\uFEFF${md.replace(/\n/g, '\r\n')}`)).toEqual(expected);
  });

  it('sorts by position, then severity', () => {
    const found = lintAt(withLines({ 16: '## 1.4 Key Goals' }));
    const keys = found.map((d) => [d.line, d.column]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('has rules with unique ids of the form family/name and one-line descriptions', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(structure|meta|content|code|table|consistency)\/[a-z-]+$/);
      expect(r.description).not.toContain('\n');
    }
  });

  it('lintMarkdown imports then lints', () => {
    expect(lintMarkdown(VALID, { now: NOW })).toEqual([]);
  });
});

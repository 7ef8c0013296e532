import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintAt } from './fixtures/helpers';

const DIR = join(import.meta.dirname, '../../../shared/corpus/real');
const FILES = readdirSync(DIR).filter((f) => /^\d+-.*\.md$/.test(f));
const lint = (file: string) => lintAt(readFileSync(join(DIR, file), 'utf8'));

describe('lint over the real corpus', () => {
  it('lints every file without throwing and finds something in each', () => {
    expect(FILES.length).toBe(14);
    for (const f of FILES) expect(lint(f).length, f).toBeGreaterThan(0);
  });

  it('reports findings a reader can check in the files (positions counted by hand)', () => {
    const at = (file: string, rule: string) => lint(file).filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column} ${d.severity}`);
    // `**Date:** October 3, 2025`
    expect(at('07-bundle-namespace-prd.md', 'meta/invalid-date')).toEqual(['4:11 error']);
    // `**Version:** 2.0 (Major Upgrade)`
    expect(at('03-arqonmaestro-chrome-extension.md', 'meta/invalid-version')).toEqual(['3:14 warning']);
    // `> **Status:** Initial Development` and `**Status:** Planned\`
    expect(at('06-hwp-bridge-context.md', 'meta/unknown-status')).toEqual(['5:15 warning']);
    expect(at('11-baud-server-spec.md', 'meta/unknown-status')).toEqual(['8:13 warning']);
    // `> Version: 1.0 | Status: Draft | Last updated: 2026-03-30`
    expect(at('13-progress-session-management-design.md', 'structure/metadata-format')).toEqual(['3:34 warning']);
    // `| Package | Purpose | Version |` under the dependencies heading
    expect(at('03-arqonmaestro-chrome-extension.md', 'table/header')).toEqual(['502:3 warning']);
    expect(at('03-arqonmaestro-chrome-extension.md', 'table/extra-column')).toContain('502:23 info');
    // No metadata at all under `# Storeit Inventory Management System - System Design`
    expect(at('02-storeit-inventory-system-design.md', 'structure/missing-metadata')).toEqual(['2:1 warning']);
  });
});

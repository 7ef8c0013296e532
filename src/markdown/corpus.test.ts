/**
 * The real specs in ../shared/corpus/real: import keeps every byte, canonical fmt keeps every piece of text,
 * and the fields a person recognises are recognised (expected values below were read off the files by hand).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lostWords } from './contentWords.testkit';
import { exportMarkdown, importMarkdown } from './index';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/real');
const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
const read = (f: string) => readFileSync(join(CORPUS_DIR, f), 'utf8');

describe('real specs from ../shared/corpus/real', () => {
  it('has the corpus', () => {
    expect(files.length).toBe(14);
  });

  it.each(files)('%s: unedited export is byte-identical', (f) => {
    const text = read(f);
    const { spec, source } = importMarkdown(text);
    expect(exportMarkdown(spec, { source }) === text).toBe(true);
  });

  it.each(files)('%s: canonical fmt keeps every piece of text, and is idempotent', (f) => {
    const text = read(f);
    const { spec, source } = importMarkdown(text);
    const canonical = exportMarkdown(spec, { mode: 'canonical' });
    // What may change: the wording of a recognised template heading, of a recognised table's column headers (a
    // glossary table becomes the template's list), and of recognised metadata labels.
    const exempt = [
      ...source.headings.filter((h) => h.matched).map((h) => h.text),
      ...Object.values(source.fields).flatMap((fs) => (fs.columns ?? []).filter((c) => !c.key.startsWith('extra:')).map((c) => c.header)),
    ];
    if (source.meta?.form === 'table') exempt.push(text.slice(source.meta.span.start, text.indexOf('\n', source.meta.span.start)));
    for (const line of text.split('\n')) {
      const m = /^\W*(revision|date|last updated|last updated|version|status)\W*:?/i.exec(line);
      if (m && source.meta && source.meta.span.line <= text.slice(0, text.indexOf(line)).split('\n').length) exempt.push(m[1]!);
    }
    expect(lostWords(text, canonical, exempt)).toEqual([]);
    expect(exportMarkdown(importMarkdown(canonical).spec, { mode: 'canonical' })).toBe(canonical);
  });
});

describe('fields a person recognises', () => {
  const spec = (f: string) => importMarkdown(read(files.find((x) => x.startsWith(f))!)).spec;

  it('01: bold-label metadata, env-var table, error codes with an extra column', () => {
    const s = spec('01');
    expect(s.title).toBe('Weaver Provisioner');
    expect(s.meta).toMatchObject({ version: '1.0', lastUpdated: '2025-01-29' });
    expect(s.configuration.envVars).toHaveLength(8);
    expect(s.configuration.envVars[1]).toEqual({ variable: '`LOOM_SERVER_WEAVER_API_KEY`', default: '(required)', description: 'API key for authentication' });
    expect(s.appendix.errorCodes).toHaveLength(7);
    expect(s.appendix.errorCodes[6]).toEqual({ code: '`unauthorized`', meaning: 'Missing/invalid API key', extra: { 'HTTP Status': '401' } });
  });
  it('03: dependencies under another name, error codes and a table glossary', () => {
    const s = spec('03');
    expect(s.meta).toMatchObject({ version: '2.0 (Major Upgrade)', status: 'Draft', lastUpdated: '2026-03-10' });
    expect(s.architecture.dependencies).toEqual([{ crate: 'ws', purpose: 'WebSocket client', extra: { Version: '^8.0.0' } }]);
    expect(s.appendix.errorCodes.map((e) => e.code)).toEqual(['`WS001`', '`WS002`', '`WS003`', '`CMD001`', '`CMD002`']);
    expect(s.appendix.glossary[1]).toEqual({ term: 'Content Script', definition: 'JavaScript running in page context' });
  });
  it('04: unnumbered subsections, TOML config', () => {
    const s = spec('04');
    expect(s.meta).toMatchObject({ version: '1.0', status: 'Implemented', lastUpdated: '2025-01-17' });
    expect(s.configuration.configFileFormat).toMatch(/^sounds_path = "~\/\.cue\/sounds"\n\n# Processes that suppress/);
    expect(s.configuration.configFileFormat).toMatch(/"meet",\n\]$/);
  });
  it('05: dependency table with a Feature-gated column', () => {
    const s = spec('05');
    expect(s.architecture.dependencies[4]).toEqual({ crate: '`tokio-rustls`', purpose: 'TLS connections', extra: { 'Feature-gated': '`tls`' } });
  });
  it('06: blockquote metadata and a glossary table', () => {
    const s = spec('06');
    expect(s.meta).toMatchObject({ version: '0.1.0', status: 'Initial Development', lastUpdated: '2025-12-09' });
    expect(s.appendix.glossary[0]).toEqual({ term: 'HWP', definition: 'Hangul Word Processor, 한글과컴퓨터의 문서 포맷' });
  });
  it('07: extra metadata fields and a template glossary', () => {
    const s = spec('07');
    expect(s.meta.extra).toEqual({ Project: 'bundle-namespace', Type: 'Bundler Plugin (RubyGem)' });
    expect(s.appendix.glossary[1]).toEqual({ term: 'Source', definition: 'A gem repository endpoint (e.g., rubygems.org, custom gem server)' });
  });
  it('09: metadata written as headings', () => {
    expect(spec('09').meta).toMatchObject({ status: 'Approved', lastUpdated: '2026-05-25' });
  });
  it('10: the template scope bullets, hard-wrapped', () => {
    const s = spec('10');
    expect(s.overview.scope.inScope).toBe('HTTP API (`POST /fraud-score`, `GET /ready`), transaction\nvectorization, KNN search over reference dataset, Docker deployment\nwith load balancer, build-time data pre-processing.');
    expect(s.overview.scope.outOfScope).toMatch(/^Model training\/retraining, data collection pipelines,\n/);
  });
  it('12: an env-var table found by its columns under another heading', () => {
    expect(spec('12').configuration.envVars).toEqual([{ variable: '`LOOM_SERVER_BIN_DIR`', default: '`./bin`', description: 'Directory containing platform binaries' }]);
  });
  it('13: the template metadata blockquote', () => {
    expect(spec('13').meta).toMatchObject({ version: '1.0', status: 'Draft', lastUpdated: '2026-03-30' });
  });
  it('14: a Document Control table', () => {
    const s = spec('14');
    expect(s.meta).toMatchObject({ version: '1.0.0', status: 'Frozen', lastUpdated: '2026-05-17' });
    expect(s.meta.extra).toMatchObject({ Author: 'Engineering Team' });
  });
});

describe('canonical export with the import source', () => {
  it.each(files)('%s: reusing the import parse gives the same text as parsing again', (f) => {
    const { spec, source } = importMarkdown(read(f));
    expect(exportMarkdown(spec, { mode: 'canonical', source })).toBe(exportMarkdown(spec, { mode: 'canonical' }));
  });
  it('an edited field is written from its new value, not the old parse', () => {
    const { spec, source } = importMarkdown(read(files.find((x) => x.startsWith('10'))!));
    const edited = { ...spec, overview: { ...spec.overview, purpose: 'Rewritten purpose.' } };
    const out = exportMarkdown(edited, { mode: 'canonical', source });
    expect(out).toContain('### 1.1 Purpose\n\nRewritten purpose.\n\n### 1.2 Scope');
  });
});

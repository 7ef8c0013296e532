/**
 * The conformance linter: the rule table run over an imported spec, plus the importer's own findings, as
 * diagnostics with exact positions. Shared by the browser editor (live) and the CLI (CI). Pure: no DOM, no Node.
 */
import { importMarkdown } from '../markdown';
import type { Diagnostic, ImportResult, Severity } from '../markdown/types';
import { createContext } from './context';
import { IMPORT_RULES } from './import-rules';
import { RULES } from './rules';
import type { LintConfig } from './types';

export type { LintConfig, LintRule, Finding, SeveritySetting } from './types';
export type { LintContext, CodeBlock, Position } from './context';
export { RULES } from './rules';
export { IMPORT_RULES, type ImportRule } from './import-rules';
export { parseLintConfig, configurableRuleIds, LintConfigError } from './config';
export { formatStylish, formatJson, formatGithub, type FileDiagnostics } from './format';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const replaced = new Set(IMPORT_RULES.filter((r) => r.replacedBy).map((r) => r.id));

/**
 * Lints an imported spec: every rule of the table (at its configured severity, `off` skipped) and the
 * importer's diagnostics, sorted by position. Never throws on user content.
 */
export function lintSpec(result: ImportResult, config: LintConfig = {}): Diagnostic[] {
  const settings = config.rules ?? {};
  const ctx = createContext(result, config.now ?? new Date());
  const out: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (replaced.has(d.rule)) continue;
    const setting = settings[d.rule] ?? d.severity;
    if (setting !== 'off') out.push({ ...d, severity: setting });
  }
  for (const rule of RULES) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    for (const f of rule.check(ctx)) out.push({ rule: rule.id, severity: setting, ...f });
  }
  return out.sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
  );
}

/** Imports Markdown and lints it. */
export function lintMarkdown(text: string, config: LintConfig = {}): Diagnostic[] {
  return lintSpec(importMarkdown(text), config);
}

/**
 * The README's rule list, generated from the rule table (and the importer's findings lint passes through),
 * so the rules are described once. `npm run docs:rules` rewrites the block between the markers; docs.test.ts
 * fails when the README's block is out of date. Pure.
 */
import { IMPORT_RULES } from './import-rules';
import { RULES } from './rules';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The rule list as a Markdown table: id, default severity, what it checks. */
export function rulesMarkdown(): string {
  const rows = [
    ...RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`),
    ...IMPORT_RULES.filter((r) => !r.replacedBy).map((r) => `| \`${r.id}\` | ${r.severity} | Reported by the importer: ${lowerFirst(cell(r.description))} |`),
  ];
  return ['| rule | default | what it reports |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the block between the markers replaced by the generated list; throws when a marker is missing. */
export function withRulesBlock(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`Cannot update the rule list, expected ${RULES_START} ... ${RULES_END} in the README`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesMarkdown()}\n${readme.slice(end)}`;
}

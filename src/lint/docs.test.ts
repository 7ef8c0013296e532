import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_END, RULES_START, rulesMarkdown, withRulesBlock } from './docs';
import { RULES } from './rules';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README rule list', () => {
  it('is the one generated from the rule table (run `npm run docs:rules` when this fails)', () => {
    expect(withRulesBlock(README)).toBe(README);
  });
  it('lists every rule with its default severity', () => {
    for (const r of RULES) expect(rulesMarkdown()).toContain(`| \`${r.id}\` | ${r.severity} |`);
  });
  it('replaces only what is between the markers', () => {
    const doc = `intro\n${RULES_START}\nold list\n${RULES_END}\nrest\n`;
    expect(withRulesBlock(doc)).toBe(`intro\n${RULES_START}\n${rulesMarkdown()}\n${RULES_END}\nrest\n`);
    expect(() => withRulesBlock('no markers')).toThrow(/Cannot update the rule list/);
  });
});

import { describe, expect, it } from 'vitest';
import { configurableRuleIds, LintConfigError, parseLintConfig } from './config';

describe('parseLintConfig', () => {
  it('accepts rule ids from the table and pass-through import ids', () => {
    expect(parseLintConfig({ rules: { 'meta/unknown-status': 'off', 'import/html': 'warning' } })).toEqual({
      rules: { 'meta/unknown-status': 'off', 'import/html': 'warning' },
    });
    expect(parseLintConfig({})).toEqual({ rules: {} });
  });
  it('rejects an unknown rule id, naming it', () => {
    expect(() => parseLintConfig({ rules: { 'meta/unknown-stat': 'off' } })).toThrow(new LintConfigError("unknown rule 'meta/unknown-stat' (see the README's rule list)"));
  });
  it('points an import id a lint rule replaces at that rule', () => {
    expect(() => parseLintConfig({ rules: { 'import/unknown-section': 'off' } })).toThrow(/configure that instead/);
  });
  it('rejects bad severities and unknown keys', () => {
    expect(() => parseLintConfig({ rules: { 'meta/unknown-status': 'warn' } })).toThrow(/invalid setting "warn"/);
    expect(() => parseLintConfig({ rule: {} })).toThrow(/unknown key 'rule'/);
    expect(() => parseLintConfig([])).toThrow(LintConfigError);
  });
  it('lists ids once each', () => {
    const ids = configurableRuleIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('code/toml-syntax');
    expect(ids).not.toContain('import/missing-title');
  });
});

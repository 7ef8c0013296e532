/**
 * Lint configuration as a config file writes it (`.specwrightrc.json`): `{ "rules": { "<id>": "off" |
 * "info" | "warning" | "error" } }`. Validation is strict: an unknown key, rule id or severity is an error
 * naming it, so a typo never silently disables nothing. Pure; reading the file is the CLI's job.
 */
import { IMPORT_RULES } from './import-rules';
import { RULES } from './rules';
import type { LintConfig, SeveritySetting } from './types';

/** A config that cannot be used; the message names the offending key or value. */
export class LintConfigError extends Error {
  override name = 'LintConfigError';
}

const SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Every id a config may name: the rule table's and the importer's that lint passes through. */
export function configurableRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...IMPORT_RULES.filter((r) => !r.replacedBy).map((r) => r.id)];
}

/** Validates parsed JSON as a lint config; throws LintConfigError naming the first problem. */
export function parseLintConfig(value: unknown): LintConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LintConfigError('expected an object like { "rules": { "meta/unknown-status": "off" } }');
  }
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && key !== '$schema') throw new LintConfigError(`unknown key '${key}', expected "rules"`);
  }
  const rules = (value as { rules?: unknown }).rules;
  if (rules === undefined) return { rules: {} };
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
    throw new LintConfigError('"rules" must be an object of rule id to "off", "info", "warning" or "error"');
  }
  const known = new Set(configurableRuleIds());
  const out: Record<string, SeveritySetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.has(id)) {
      const replaced = IMPORT_RULES.find((r) => r.id === id)?.replacedBy;
      throw new LintConfigError(
        replaced ? `rule '${id}' is reported as '${replaced}'; configure that instead` : `unknown rule '${id}' (see the README's rule list)`,
      );
    }
    if (typeof setting !== 'string' || !(SETTINGS as readonly string[]).includes(setting)) {
      throw new LintConfigError(`rule '${id}': invalid setting ${JSON.stringify(setting)}, expected "off", "info", "warning" or "error"`);
    }
    out[id] = setting as SeveritySetting;
  }
  return { rules: out };
}

/**
 * The linter's vocabulary: a rule, what it reports, and the configuration that turns rules off or changes
 * their severity. Pure types; no DOM, no Node.
 */
import type { Diagnostic, Severity } from '../markdown/types';
import type { LintContext } from './context';

/** A severity as a config file may set it: a severity, or `off`. */
export type SeveritySetting = Severity | 'off';

/** What a rule reports: a diagnostic without rule id and severity, which the runner adds. 1-based positions. */
export type Finding = Omit<Diagnostic, 'rule' | 'severity'>;

/** One conformance rule: a stable id, its default severity, a one-line description for the docs, a check. */
export interface LintRule {
  /** `family/name`, e.g. `meta/invalid-date`. Never renamed: config files and CI refer to it. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence, shown in the README's rule list. */
  readonly description: string;
  /** Looks at the imported spec and returns what is wrong. Never throws on user content. */
  check(ctx: LintContext): Finding[];
}

/** Settings for one lint run. */
export interface LintConfig {
  /** Severity overrides by rule id (`import/*` ids included); `off` drops the rule. */
  rules?: Record<string, SeveritySetting>;
  /** The current time, for `meta/future-date` (defaults to the real clock). */
  now?: Date;
}

/**
 * Cross-section rules: environment variables named in the config (5.1) or CLI (5.3) blocks against the
 * 5.2 table, and error codes used in the API code (3.1, 3.2) against Appendix A. What counts as a name is
 * defined in ../references.ts.
 */
import { fieldByPath, subsectionHeading } from '../../spec';
import type { CodeBlock, LintContext } from '../context';
import { envVarReferences, errorCodeReferences, type Reference } from '../references';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';
import { keyCells } from './table-keys';

const ENV = 'configuration.envVars';
const ENV_SOURCES = ['configuration.configFileFormat', 'configuration.cliArguments'];
const CODE_SOURCES = ['api.grpcServices', 'api.publicTraits'];
const ERRORS = 'appendix.errorCodes';

const blocks = (ctx: LintContext, paths: readonly string[]) =>
  paths.map((p) => ctx.code(p)).filter((b): b is CodeBlock => !!b && b.value.trim() !== '');

/**
 * One finding per name that the code blocks at `sources` use and `isDocumented` rejects, at its first use,
 * filed under `path`; `message` gets the name and the heading of the subsection it is used in.
 */
function undocumented(
  ctx: LintContext,
  sources: readonly string[],
  references: (code: string) => Reference[],
  isDocumented: (name: string) => boolean,
  message: (name: string, from: string) => string,
  path: string,
): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const block of blocks(ctx, sources)) {
    for (const ref of references(block.value)) {
      if (reported.has(ref.name) || isDocumented(ref.name)) continue;
      reported.add(ref.name);
      const from = subsectionHeading(fieldByPath(block.path).sub);
      out.push(findingAt(block.atOffset(ref.offset), message(ref.name, from), path));
    }
  }
  return out;
}

/** A documented name as a test: `LOOM_*` and `APP_<NAME>` patterns match the names they describe. */
function matcher(documented: string): (name: string) => boolean {
  if (!/[*<{]/.test(documented)) return (n) => n.toUpperCase() === documented.toUpperCase();
  const re = new RegExp(
    `^${documented
      .split(/(<[^>]*>|\{[^}]*\}|\*)/)
      .map((part, i) => (i % 2 ? '[A-Z0-9_]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'i',
  );
  return (n) => re.test(n);
}

export const envVarUndocumented: LintRule = {
  id: 'consistency/env-var-undocumented',
  severity: 'warning',
  description: 'An environment variable named in the 5.1 config or 5.3 CLI block is missing from the 5.2 table.',
  check(ctx) {
    const documented = keyCells(ctx, fieldByPath(ENV)).map((c) => c.key);
    const known = documented.map(matcher);
    return undocumented(
      ctx,
      ENV_SOURCES,
      (code) => envVarReferences(code, documented),
      (name) => known.some((k) => k(name)),
      (name, from) =>
        `Environment variable '${name}' is used in '${from}' but missing from '5.2 Environment Variables'; add a row '| ${name} | <default> | <description> |'`,
      ENV,
    );
  },
};

export const envVarUnused: LintRule = {
  id: 'consistency/env-var-unused',
  severity: 'info',
  description: 'An environment variable in 5.2 appears in neither the 5.1 config nor the 5.3 CLI block (checked when either exists).',
  check(ctx) {
    const text = blocks(ctx, ENV_SOURCES)
      .map((b) => b.value)
      .join('\n');
    if (!text) return [];
    const words = new Set(text.toUpperCase().match(/[A-Z0-9_]+/g) ?? []);
    return keyCells(ctx, fieldByPath(ENV))
      .filter((c) => !/[*<{]/.test(c.key) && !words.has(c.key.toUpperCase()))
      .map((c) =>
        findingAt(
          c.at,
          `Environment variable '${c.key}' is documented in 5.2 but named in neither '5.1' nor '5.3'; mention the setting it overrides there, or remove the row if it is not read`,
          `${ENV}[${c.index}]`,
        ),
      );
  },
};

export const errorCodeUndocumented: LintRule = {
  id: 'consistency/error-code-undocumented',
  severity: 'warning',
  description: 'An error code used in the 3.1 or 3.2 code is missing from Appendix A (codes like E001, ERR_NAME, or shaped like a listed code).',
  check(ctx) {
    const cells = keyCells(ctx, fieldByPath(ERRORS));
    const documented = cells.map((c) => c.key);
    const tokens = new Set(documented.flatMap((d) => [d.toUpperCase(), ...(d.toUpperCase().match(/[A-Z0-9_-]+/g) ?? [])]));
    return undocumented(
      ctx,
      CODE_SOURCES,
      (code) => errorCodeReferences(code, documented),
      (name) => tokens.has(name.toUpperCase()),
      (name, from) => `Error code '${name}' is used in '${from}' but missing from 'A. Error Codes'; add a row '| ${name} | <meaning> |'`,
      ERRORS,
    );
  },
};

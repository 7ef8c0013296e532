/**
 * `lint FILE... [--format stylish|json|github] [--fix] [--config FILE]`: checks specs against the template and
 * reports every finding with its line and column. Exit 0 without errors (warnings allowed), 1 with any error,
 * 2 on a usage problem, a bad config or an unreadable file (the other files are still linted and reported).
 */
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportMarkdown, importMarkdown } from '../../markdown';
import { formatGithub, formatJson, formatStylish, LintConfigError, lintSpec, parseLintConfig, type FileDiagnostics, type LintConfig } from '../../lint';
import { EXIT, InputError, UsageError } from '../errors';
import type { CliIO } from '../io';
import { decodeText, describeFsError, readTextInput, STDIN_NAME, writeTextOutput } from '../input';

export const usage = 'lint FILE... [--format stylish|json|github] [--fix] [--config FILE]';

/** The name of the config file looked up from the working directory upward. */
export const CONFIG_NAME = '.specwrightrc.json';

const FORMATS = { stylish: formatStylish, json: formatJson, github: formatGithub } as const;
type Format = keyof typeof FORMATS;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { format: { type: 'string' }, fix: { type: 'boolean' }, config: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** Lints each FILE and prints the report; see the module comment for exit codes. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length === 0) throw new UsageError('missing FILE, expected one or more Markdown specs');
  const format = (values.format ?? 'stylish') as Format;
  if (!(format in FORMATS)) throw new UsageError(`unknown format '${values.format}', expected stylish, json or github`);
  if (values.fix && positionals.includes('-')) throw new UsageError('--fix needs FILEs, not standard input');
  const config = await loadConfig(io, values.config);

  const reports: FileDiagnostics[] = [];
  let unreadable = false;
  for (const file of positionals) {
    try {
      reports.push({ file: file === '-' ? STDIN_NAME : file, diagnostics: await lintFile(io, file, config, values.fix === true) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`specwright lint: ${e.message}\n`);
      unreadable = true;
    }
  }
  io.stdout(FORMATS[format](reports));
  if (unreadable) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.checkFailed : EXIT.ok;
}

/** One file's findings; with `fix`, after rewriting it in canonical form (only when that changes it). */
async function lintFile(io: CliIO, file: string, config: LintConfig, fix: boolean) {
  const { text } = await readTextInput(io, file, 'a Markdown spec');
  let result = importMarkdown(text);
  if (fix) {
    const canonical = exportMarkdown(result.spec, { mode: 'canonical', source: result.source });
    if (canonical !== text) {
      await writeTextOutput(io, file, canonical);
      result = importMarkdown(canonical);
    }
  }
  return lintSpec(result, config);
}

/**
 * The lint config: `--config FILE` when given, else the first `.specwrightrc.json` from the working directory
 * upward, else none. A config that does not parse or names an unknown rule is a usage error naming the file.
 */
async function loadConfig(io: CliIO, explicit: string | undefined): Promise<LintConfig> {
  const found = explicit !== undefined ? await readConfig(io, explicit, true) : await findConfig(io);
  if (!found) return {};
  let value: unknown;
  try {
    value = JSON.parse(found.text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${found.name}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parseLintConfig(value);
  } catch (e) {
    if (e instanceof LintConfigError) throw new UsageError(`${found.name}: ${e.message}`);
    throw e;
  }
}

async function findConfig(io: CliIO): Promise<{ name: string; text: string } | undefined> {
  for (let dir = resolve(io.cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_NAME);
    const found = await readConfig(io, path, false);
    // Named relative to the working directory in messages (`.specwrightrc.json`, `../.specwrightrc.json`).
    if (found) return { ...found, name: relative(resolve(io.cwd), path) };
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads a config file; a missing one is undefined unless `required`. */
async function readConfig(io: CliIO, path: string, required: boolean): Promise<{ name: string; text: string } | undefined> {
  try {
    return { name: path, text: decodeText(path, await io.readFile(path)) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (!required && (e as { code?: string }).code === 'ENOENT') return undefined;
    throw describeFsError(path, e, 'read');
  }
}

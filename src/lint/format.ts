/**
 * The three report formats of `lint`: stylish (for people), json (for tools), github (workflow commands that
 * become annotations on a pull request). Pure string functions over diagnostics grouped by file.
 */
import type { Diagnostic, Severity } from '../markdown/types';

/** One file's findings; `file` is the name as given on the command line. */
export interface FileDiagnostics {
  file: string;
  diagnostics: readonly Diagnostic[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint-like: the file name, then one `  line:col  severity  message  rule-id` line per finding (columns
 * aligned), a blank line, and a summary `✖ N problems (E errors, W warnings, I infos)`. Empty when no findings.
 */
export function formatStylish(files: readonly FileDiagnostics[]): string {
  const all = files.flatMap((f) => f.diagnostics);
  if (all.length === 0) return '';
  const out: string[] = [];
  for (const { file, diagnostics } of files) {
    if (diagnostics.length === 0) continue;
    const pos = diagnostics.map((d) => `${d.line}:${d.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...diagnostics.map((d) => d.severity.length));
    const msgWidth = Math.max(...diagnostics.map((d) => d.message.length));
    out.push(file);
    diagnostics.forEach((d, i) => {
      out.push(`  ${pos[i]!.padEnd(posWidth)}  ${d.severity.padEnd(sevWidth)}  ${d.message.padEnd(msgWidth)}  ${d.rule}`);
    });
    out.push('');
  }
  const count = (s: Severity) => all.filter((d) => d.severity === s).length;
  out.push(
    `✖ ${plural(all.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')})`,
  );
  return `${out.join('\n')}\n`;
}

/** `[{ file, line, column, severity, rule, message }, ...]`, indented, with a final newline. */
export function formatJson(files: readonly FileDiagnostics[]): string {
  const rows = files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({ file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes workflow command data (`%`, CR, LF) and, for properties, also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=F,line=L,col=C::message (rule-id)` per finding; info becomes `::notice`. */
export function formatGithub(files: readonly FileDiagnostics[]): string {
  return files
    .flatMap(({ file, diagnostics }) =>
      diagnostics.map(
        (d) => `::${COMMAND[d.severity]} file=${escapeProperty(file)},line=${d.line},col=${d.column}::${escapeData(`${d.message} (${d.rule})`)}\n`,
      ),
    )
    .join('');
}

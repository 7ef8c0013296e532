/** `fmt FILE|- [--write|--check]`: the canonical Markdown of a spec. */
import { exportMarkdown } from '../../markdown';
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { CliIO } from '../io';
import { writeTextOutput } from '../input';
import { readMarkdownSpec } from '../spec-input';

/**
 * Prints the canonical export of FILE; --write rewrites FILE instead (only when it changes), --check prints
 * nothing on stdout and exits 1, naming the file on stderr, when FILE is not already canonical.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseCommandArgs(args, ['write', 'check']);
  const [file] = expectOperands(positionals, ['FILE']);
  if (flags.write && flags.check) throw new UsageError('--write and --check exclude each other');
  if (flags.write && file === '-') throw new UsageError('--write needs a FILE, not standard input');
  const { name, text, spec, source } = await readMarkdownSpec(io, file!);
  const formatted = exportMarkdown(spec, { mode: 'canonical', source });
  if (flags.check) {
    if (formatted === text) return EXIT.ok;
    io.stderr(`${name}: not in canonical form (fmt --write rewrites it)\n`);
    return EXIT.checkFailed;
  }
  if (flags.write) {
    if (formatted !== text) await writeTextOutput(io, file!, formatted);
    return EXIT.ok;
  }
  io.stdout(formatted);
  return EXIT.ok;
}

/** `set FILE PATH VALUE [--write]`: change one field, keeping the rest of the file byte for byte. */
import { exportMarkdown } from '../../markdown';
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { CliIO } from '../io';
import { writeTextOutput } from '../input';
import { readMarkdownSpec, validateSpec } from '../spec-input';
import { setValue } from '../set-value';

/**
 * Imports FILE, sets PATH to VALUE and writes it back through preserving export: only the edited field's
 * lines change. Prints the result, or with --write replaces FILE.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseCommandArgs(args, ['write']);
  const [file, path, raw] = expectOperands(positionals, ['FILE', 'PATH', 'VALUE']);
  if (flags.write && file === '-') throw new UsageError('--write needs a FILE, not standard input');
  const { spec, source } = await readMarkdownSpec(io, file!);
  const next = validateSpec(`VALUE for '${path}'`, setValue(spec, path!, raw!));
  const text = exportMarkdown(next, { mode: 'preserving', source });
  if (flags.write) await writeTextOutput(io, file!, text);
  else io.stdout(text);
  return EXIT.ok;
}

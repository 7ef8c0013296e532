/** `new NAME [--placeholders]`: a blank spec named NAME, as canonical Markdown on stdout. */
import { createEmptySpec } from '../../spec';
import { exportMarkdown } from '../../markdown';
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { CliIO } from '../io';

/** Writes the canonical Markdown of `createEmptySpec(NAME)`; with --placeholders, the template's hints too. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, flags } = parseCommandArgs(args, ['placeholders']);
  const [name] = expectOperands(positionals, ['NAME']);
  if (!name!.trim()) throw new UsageError('NAME is empty, expected the component name (e.g. "Chainfire")');
  io.stdout(exportMarkdown(createEmptySpec(name!.trim()), { mode: 'canonical', placeholders: flags.placeholders }));
  return EXIT.ok;
}

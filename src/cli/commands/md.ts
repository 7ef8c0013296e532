/** `md FILE.json|-`: spec JSON as canonical Markdown. */
import { exportMarkdown } from '../../markdown';
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT } from '../errors';
import type { CliIO } from '../io';
import { readJsonSpec } from '../spec-input';

/** Validates the JSON against the spec schema and prints its canonical Markdown. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, []);
  const [file] = expectOperands(positionals, ['FILE.json']);
  const spec = await readJsonSpec(io, file!);
  io.stdout(exportMarkdown(spec, { mode: 'canonical' }));
  return EXIT.ok;
}

/** `json FILE|-`: a Markdown spec as spec JSON (content only, the names `schema` describes). */
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT } from '../errors';
import type { CliIO } from '../io';
import { readMarkdownSpec } from '../spec-input';

/** Imports FILE and prints its spec as indented JSON. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, []);
  const [file] = expectOperands(positionals, ['FILE']);
  const { spec } = await readMarkdownSpec(io, file!);
  io.stdout(`${JSON.stringify(spec, null, 2)}\n`);
  return EXIT.ok;
}

/** `help [COMMAND]`: the command list with exit codes, or one command's usage. Generated from the table. */
import { expectOperands, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { CliIO } from '../io';
import { COMMANDS, findCommand } from '../table';

/** The full help text. */
export function helpText(): string {
  const lines = COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]);
  return [
    'Usage: npm run -s specwright -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'FILE may be - for standard input. PATH is a field path such as meta.status or',
    'architecture.dependencies[0].purpose; an index one past the last row adds a row.',
    '',
    'Exit codes: 0 ok, 1 check failed, 2 usage or input error.',
    '',
  ].join('\n');
}

/** Prints the help, or `COMMAND`'s synopsis and summary. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const positionals = parseCommandArgs(args, []).positionals;
  if (positionals.length === 0) {
    io.stdout(helpText());
    return EXIT.ok;
  }
  const [name] = expectOperands(positionals, ['COMMAND']);
  const entry = findCommand(name!);
  if (!entry) throw new UsageError(`unknown command '${name}', expected one of ${COMMANDS.map((c) => c.name).join(', ')}`);
  io.stdout(`Usage: specwright ${entry.usage}\n\n${entry.summary}\n`);
  return EXIT.ok;
}

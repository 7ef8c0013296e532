/**
 * The dispatcher: picks the command from argv through the command table and turns every user-caused failure
 * into exit code 2 with one line on stderr. Only Specwright's own bugs print more (with SPECWRIGHT_DEBUG=1).
 */
import { EXIT, InputError, UsageError } from './errors';
import type { CliIO } from './io';
import { COMMANDS, findCommand, type CommandModule } from './table';

const PROG = 'specwright';

/** Runs the CLI with `argv` (the arguments after the program name) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(`${PROG}: missing command, expected one of ${COMMANDS.map((c) => c.name).join(', ')} (see: ${PROG} help)\n`);
    return EXIT.usage;
  }
  const name = first === '--help' || first === '-h' ? 'help' : first;
  const entry = findCommand(name);
  if (!entry) {
    io.stderr(`${PROG}: unknown command '${first}', expected one of ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return EXIT.usage;
  }
  const args = name === first ? rest : [];
  // `CMD --help` (before any `--`) shows that command's usage instead of running it.
  const end = args.indexOf('--');
  const wantsHelp = (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');

  let mod: CommandModule;
  try {
    mod = await entry.load();
  } catch (e) {
    io.stderr(`${PROG}: the '${entry.name}' command is not available (${firstLine(e)})\n`);
    return EXIT.usage;
  }
  try {
    if (wantsHelp && entry.name !== 'help') return await runCli(['help', entry.name], io);
    return await mod.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${PROG} ${entry.name}: ${e.message} (usage: ${PROG} ${entry.usage})\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.stderr(`${PROG} ${entry.name}: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`${PROG} ${entry.name}: internal error: ${firstLine(e)} (set SPECWRIGHT_DEBUG=1 for details)\n`);
    if (process.env.SPECWRIGHT_DEBUG) io.stderr(`${e instanceof Error ? e.stack : String(e)}\n`);
    return EXIT.usage;
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

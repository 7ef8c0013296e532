/** Command-line flag parsing shared by the commands: Node's `util.parseArgs`, with its errors as usage errors. */
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

/** The parsed arguments of one command: its operands and which boolean flags were given. */
export interface ParsedArgs<F extends string> {
  positionals: string[];
  flags: Record<F, boolean>;
}

/**
 * Parses `args` allowing only the named boolean flags (`--write`, ...). `-` is an operand (standard input);
 * `--` ends the flags, so a value that starts with `-` can follow it.
 */
export function parseCommandArgs<F extends string>(args: string[], flagNames: readonly F[]): ParsedArgs<F> {
  const options = Object.fromEntries(flagNames.map((f) => [f, { type: 'boolean' as const }]));
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const flags = Object.fromEntries(flagNames.map((f) => [f, parsed.values[f] === true])) as Record<F, boolean>;
  return { positionals: parsed.positionals, flags };
}

/** Exactly the operands `names` (`['FILE', 'PATH', 'VALUE']`); the message names what is missing or extra. */
export function expectOperands(positionals: string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) {
    throw new UsageError(`missing ${names.slice(positionals.length).join(' ')}`);
  }
  if (positionals.length > names.length) {
    throw new UsageError(`unexpected argument '${positionals[names.length]}'`);
  }
  return positionals;
}

/**
 * The command table: every CLI command, its one-line summary and how to load it. `help` and the dispatcher
 * read this list; nothing else lists the commands. Modules load on demand so one broken command cannot take
 * the others down.
 */
import type { CliIO } from './io';

/** What each module in `commands/` exports. */
export interface CommandModule {
  run(args: string[], io: CliIO): Promise<number>;
}

export interface CommandEntry {
  name: string;
  /** The synopsis after `specwright`, e.g. `fmt FILE|- [--write|--check]`. */
  usage: string;
  summary: string;
  load(): Promise<CommandModule>;
}

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'new',
    usage: 'new NAME [--placeholders]',
    summary: "Print a blank spec named NAME as canonical Markdown (--placeholders: with the template's hints).",
    load: () => import('./commands/new'),
  },
  {
    name: 'fmt',
    usage: 'fmt FILE|- [--write|--check]',
    summary: 'Print the canonical Markdown of a spec; --write rewrites FILE, --check exits 1 if it would change.',
    load: () => import('./commands/fmt'),
  },
  {
    name: 'json',
    usage: 'json FILE|-',
    summary: 'Print a Markdown spec as spec JSON.',
    load: () => import('./commands/json'),
  },
  {
    name: 'md',
    usage: 'md FILE.json|-',
    summary: 'Print spec JSON (validated against the schema) as canonical Markdown.',
    load: () => import('./commands/md'),
  },
  {
    name: 'set',
    usage: 'set FILE|- PATH VALUE [--write]',
    summary: 'Change one field (e.g. meta.status Approved), keeping the rest of the file byte for byte.',
    load: () => import('./commands/set'),
  },
  {
    name: 'lint',
    usage: 'lint FILE... [--format stylish|json|github] [--fix] [--config FILE]',
    summary: 'Check specs against the template: findings with line and column; exit 1 on any error (--fix: fmt --write first).',
    load: () => import('./commands/lint'),
  },
  {
    name: 'schema',
    usage: 'schema',
    summary: 'Print the JSON Schema of the spec JSON.',
    load: () => import('./commands/schema'),
  },
  {
    name: 'help',
    usage: 'help [COMMAND]',
    summary: 'Show this help, or the usage of one command.',
    load: () => import('./commands/help'),
  },
];

/** The entry named `name`, or undefined. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

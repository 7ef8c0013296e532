/**
 * Reading what the user points a command at: a file or `-` (standard input). Every problem becomes an
 * `InputError` whose message names the input and says what is wrong, in one line.
 */
import type { CliIO } from './io';
import { InputError } from './errors';

/** The name used for standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** A decoded input and the name to use for it in messages (the path as given, or `<stdin>`). */
export interface TextInput {
  name: string;
  text: string;
}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a parent is not a directory)',
};

/** One line for a failed read or write of `name` (Node's error code mapped to words). */
export function describeFsError(name: string, e: unknown, verb: 'read' | 'write'): InputError {
  const code = (e as { code?: string } | null)?.code ?? '';
  const problem = FS_PROBLEMS[code] ?? `cannot ${verb}${code ? ` (${code})` : ''}`;
  return new InputError(`${name}: ${problem}`);
}

/**
 * Decodes bytes as UTF-8 text, keeping a byte order mark (preserving export writes it back). Rejects binary
 * data (NUL bytes) and invalid UTF-8.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(`${name}: is a binary file (contains NUL bytes), expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text`);
  }
}

/** Reads `file` (or standard input for `-`) as text; empty or blank input is an error, `what` says what was expected. */
export async function readTextInput(io: CliIO, file: string, what: string): Promise<TextInput> {
  const name = file === '-' ? STDIN_NAME : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    throw describeFsError(name, e, 'read');
  }
  const text = decodeText(name, bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError(`${name}: is empty, expected ${what}`);
  return { name, text };
}

/** Writes `text` to `file`, turning a failure into a one-line `InputError`. */
export async function writeTextOutput(io: CliIO, file: string, text: string): Promise<void> {
  try {
    await io.writeFile(file, text);
  } catch (e) {
    throw describeFsError(file, e, 'write');
  }
}

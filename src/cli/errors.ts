/**
 * The two ways a CLI run fails because of what the user gave it. Both end the run with exit code 2 and one
 * line on stderr; neither prints a stack trace. Anything else thrown is a bug in Specwright.
 */

/** Wrong arguments: unknown command or flag, missing or extra operands, a malformed path. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Unusable input: a missing file, a directory, binary or non-UTF-8 bytes, invalid JSON or spec. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Exit codes, as documented in `help` and the README. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

/**
 * Finding names in code: environment variables in a TOML or CLI block, error codes in protobuf or Rust.
 * What counts (documented in the README's Linting section):
 * - an environment variable is an UPPER_SNAKE_CASE name written `$NAME`, `${NAME}`, `env: NAME`,
 *   `env = "NAME"` (also `env_var`), `[env: NAME=...]`, `NAME=value` at the start of a word, or any
 *   UPPER_SNAKE_CASE word sharing its first segment with a documented variable (`LOOM_` ...); well-known
 *   system variables (HOME, PATH, USER, XDG_*, LC_* ...) are not the component's and never count;
 * - an error code is `E` + 3 to 5 digits (`E001`, `E1234`), `ERR_` + UPPER_SNAKE_CASE (`ERR_NOT_FOUND`), or a
 *   word of the same shape as a code already in Appendix A (letters, an optional `-` or `_`, as many digits:
 *   `AUTH-001` makes `AUTH-042` count).
 * Pure.
 */

/** A name found in code, at a UTF-16 offset into it. */
export interface Reference {
  name: string;
  offset: number;
}

const NAME = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*';
const SYSTEM = /^(?:HOME|PATH|USER|USERNAME|SHELL|PWD|OLDPWD|TMPDIR|TMP|TEMP|LANG|LANGUAGE|TERM|HOSTNAME|EDITOR|PAGER|TZ|XDG_[A-Z0-9_]+|LC_[A-Z_]+)$/;

const EXPLICIT_ENV = [
  new RegExp(`\\$\\{(${NAME})`, 'g'),
  new RegExp(`\\$(${NAME})\\b`, 'g'),
  new RegExp(`\\benv(?:_?var)?\\s*[:=]\\s*["']?(${NAME})\\b`, 'gi'),
  /(?:^|[\s"'`])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/gm,
];

/** Collects matches of `re`'s first group, first occurrence per name, in order of appearance. */
function collect(code: string, patterns: readonly RegExp[], keep: (name: string) => boolean): Reference[] {
  const found = new Map<string, number>();
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of code.matchAll(re)) {
      const name = m[1]!;
      if (!keep(name)) continue;
      const offset = m.index + m[0].indexOf(name);
      const prev = found.get(name);
      if (prev === undefined || offset < prev) found.set(name, offset);
    }
  }
  return [...found].map(([name, offset]) => ({ name, offset })).sort((a, b) => a.offset - b.offset);
}

/** Environment variables `code` refers to; `documented` are the names in 5.2 (their prefixes widen the net). */
export function envVarReferences(code: string, documented: readonly string[]): Reference[] {
  const prefixes = [...new Set(documented.map((d) => /^([A-Z][A-Z0-9]+)_/.exec(d)?.[1]).filter((p) => p !== undefined))];
  const patterns = [...EXPLICIT_ENV];
  if (prefixes.length) patterns.push(new RegExp(`(?<![\\w$])((?:${prefixes.join('|')})(?:_[A-Z0-9]+)+)(?![\\w])`, 'g'));
  return collect(code, patterns, (n) => !SYSTEM.test(n) && !/[a-z]/.test(n));
}

/** Escapes a string for use inside a RegExp. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Error codes `code` uses, by the patterns above plus the shapes of the `documented` codes. */
export function errorCodeReferences(code: string, documented: readonly string[]): Reference[] {
  const shapes = new Set<string>();
  for (const d of documented) {
    const m = /^([A-Za-z]+)([-_]?)(\d+)$/.exec(d);
    if (m) shapes.add(`${escape(m[1]!)}${escape(m[2]!)}\\d{${m[3]!.length}}`);
  }
  const alternatives = ['E\\d{3,5}', 'ERR_[A-Z0-9]+(?:_[A-Z0-9]+)*', ...shapes];
  const re = new RegExp(`(?<![\\w-])(${alternatives.join('|')})(?![\\w-])`, 'g');
  return collect(code, [re], () => true);
}

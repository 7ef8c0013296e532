/**
 * Checks that the braces, brackets and parentheses of a Rust snippet balance, skipping what is not code:
 * line and (nested) block comments, string, byte and raw string literals, char literals; lifetimes and labels
 * (`'a`) are told apart from chars. Pure; reports the first problem only (later ones are usually its echo).
 */

/** A delimiter problem, at a UTF-16 offset into the code. */
export interface DelimiterProblem {
  offset: number;
  message: string;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const OPENER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The first unbalanced delimiter or unterminated literal/comment in `code`, or undefined when it balances. */
export function checkRustDelimiters(
  code: string,
  where: (offset: number) => string = (o) => `offset ${o}`,
): DelimiterProblem | undefined {
  const stack: { ch: string; offset: number }[] = [];
  const n = code.length;
  let i = 0;
  while (i < n) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const start = i;
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const pair = code.slice(i, i + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          i += 2;
        } else i++;
      }
      if (depth > 0) return { offset: start, message: 'block comment opened here is never closed; add */' };
      continue;
    }
    const raw = /^(?:b|c)?r(#*)"/.exec(code.slice(i, i + 260));
    if (raw && !isIdentChar(code[i - 1])) {
      const close = `"${raw[1]}`;
      const end = code.indexOf(close, i + raw[0].length);
      if (end < 0) return { offset: i, message: `raw string opened here is never closed; add ${close}` };
      i = end + close.length;
      continue;
    }
    if (c === '"' || ((c === 'b' || c === 'c') && next === '"' && !isIdentChar(code[i - 1]))) {
      const start = i;
      i += c === '"' ? 1 : 2;
      while (i < n && code[i] !== '"') i += code[i] === '\\' ? 2 : 1;
      if (i >= n) return { offset: start, message: 'string opened here is never closed; add "' };
      i++;
      continue;
    }
    if (c === "'" || (c === 'b' && next === "'" && !isIdentChar(code[i - 1]))) {
      i = skipCharOrLifetime(code, c === "'" ? i : i + 1);
      continue;
    }
    if (CLOSER[c]) stack.push({ ch: c, offset: i });
    else if (OPENER[c]) {
      const top = stack.pop();
      if (!top) return { offset: i, message: `'${c}' closes nothing; remove it or add the missing '${OPENER[c]}' before it` };
      if (top.ch !== OPENER[c]) {
        return {
          offset: i,
          message: `'${c}' does not match '${top.ch}' opened at ${where(top.offset)}; close that with '${CLOSER[top.ch]}' first`,
        };
      }
    }
    i++;
  }
  const open = stack.pop();
  return open ? { offset: open.offset, message: `'${open.ch}' opened here is never closed; add '${CLOSER[open.ch]}'` } : undefined;
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/**
 * Past a char literal (`'a'`, `'\n'`, `'\u{1F600}'`, `'}'`) starting at the quote at `i`; a lifetime or label
 * (`'a`, `'static`) is skipped as a word; a lone quote as one character.
 */
function skipCharOrLifetime(code: string, i: number): number {
  if (code[i + 1] === '\\') {
    const end = code.indexOf("'", i + 3);
    return end < 0 ? i + 1 : end + 1;
  }
  const cp = code.codePointAt(i + 1);
  if (cp === undefined) return i + 1;
  const width = cp > 0xffff ? 2 : 1;
  if (code[i + 1 + width] === "'") return i + 2 + width;
  let j = i + 1;
  while (j < code.length && isIdentChar(code[j])) j++;
  return Math.max(j, i + 1);
}

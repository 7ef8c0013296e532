import { describe, expect, it } from 'vitest';
import { checkRustDelimiters } from './rust-delimiters';

const ok = (code: string) => expect(checkRustDelimiters(code), code).toBeUndefined();
const offset = (code: string) => checkRustDelimiters(code)?.offset;

describe('checkRustDelimiters', () => {
  it('accepts balanced code with delimiters hidden in literals and comments', () => {
    ok('fn f() { let s = "}"; let c = \'{\'; let e = \'\\\'\'; }');
    ok('let r = r#"a "quoted" } brace"#; let b = b"(";');
    ok('/* outer /* nested } */ still comment ( */ fn g() {}');
    ok("fn h<'a>(x: &'a str) -> &'static str { 'outer: loop { break 'outer; } x }");
    ok("let e = '\\u{1F600}'; let k = '😀'; let v = vec![1, 2];");
  });
  it('points at the problem', () => {
    expect(offset('fn f() {')).toBe(7);
    expect(offset('fn f() { ) }')).toBe(9);
    expect(offset('let x = 1; }')).toBe(11);
    expect(offset('let s = "never closed;')).toBe(8);
    expect(offset('/* open')).toBe(0);
    expect(checkRustDelimiters('let a = [1, 2);')?.message).toContain("')' does not match '['");
  });
});

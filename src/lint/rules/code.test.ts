import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('code/toml-syntax', () => {
  it("reports smol-toml's error position mapped to the file (block line 3 is file line 91)", () => {
    const found = hits(withLines({ 91: 'port = ' }), 'code/toml-syntax');
    expect(where(found)).toEqual([{ rule: 'code/toml-syntax', severity: 'error', line: 91, column: 8 }]);
    expect(found[0]!.message).toBe("TOML in '5.1 Config File Format (TOML)' does not parse: invalid value; fix the TOML at this point");
  });
  it('reports a key defined twice at the second definition', () => {
    expect(where(hits(withLines({ 91: 'port = 2379', 92: ['port = 2380', '```'] }), 'code/toml-syntax'))).toEqual([
      { rule: 'code/toml-syntax', severity: 'error', line: 92, column: 1 },
    ]);
  });
  it('maps columns inside an indented fence', () => {
    const md = withLines({ 88: '  ```toml', 89: '  [server]', 90: '  data_dir = ', 91: '  port = 2379', 92: '  ```' });
    expect(where(hits(md, 'code/toml-syntax'))).toEqual([{ rule: 'code/toml-syntax', severity: 'error', line: 90, column: 14 }]);
  });
  it('leaves a block marked with another language alone', () => {
    expect(hits(withLines({ 88: '```yaml', 89: 'server:', 90: '  port: 2379', 91: null }), 'code/toml-syntax')).toEqual([]);
  });
});

describe('code/protobuf-syntax', () => {
  it("reports protobufjs's error at the offending token (a missing ';' found at the '}' on line 50)", () => {
    const found = hits(withLines({ 49: '  rpc Get(GetRequest) returns (GetResponse)' }), 'code/protobuf-syntax');
    expect(where(found)).toEqual([{ rule: 'code/protobuf-syntax', severity: 'error', line: 50, column: 1 }]);
    expect(found[0]!.message).toBe("Protobuf in '3.1 gRPC Services' does not parse: illegal token '}', ';' expected; fix the definition at this point");
  });
  it('reads snippets without a syntax line as proto3 (fields without labels parse)', () => {
    const md = withLines({ 50: ['}', 'message GetRequest {', '  string key = 1;', '}'] });
    expect(hits(md, 'code/protobuf-syntax')).toEqual([]);
  });
  it('honours an explicit proto2 syntax line', () => {
    const md = withLines({ 48: ['syntax = "proto2";', 'message GetRequest {', '  string key = 1;', '}'], 49: null, 50: null });
    expect(where(hits(md, 'code/protobuf-syntax'))).toEqual([{ rule: 'code/protobuf-syntax', severity: 'error', line: 50, column: 3 }]);
  });
});

describe('code/rust-delimiters', () => {
  it('reports an unclosed brace at the brace', () => {
    const found = hits(withLines({ 58: null }), 'code/rust-delimiters');
    expect(where(found)).toEqual([{ rule: 'code/rust-delimiters', severity: 'error', line: 56, column: 17 }]);
    expect(found[0]!.message).toBe("Rust in '3.2 Public Traits': '{' opened here is never closed; add '}'");
  });
  it('reports a mismatched closer, naming where the opener is', () => {
    const found = hits(withLines({ 64: 'let client = Client::connect("http://localhost:2379".await?;}' }), 'code/rust-delimiters');
    expect(where(found)).toEqual([{ rule: 'code/rust-delimiters', severity: 'error', line: 64, column: 61 }]);
    expect(found[0]!.message).toContain("'}' does not match '(' opened at 64:29");
  });
  it("ignores delimiters in comments and chars, and lifetimes ('a) are not chars", () => {
    // Lines 72-74 of the valid spec: `Entry<'a>`, `&'a str`, `// ';' or '}'`.
    expect(hits(VALID, 'code/rust-delimiters')).toEqual([]);
  });
});

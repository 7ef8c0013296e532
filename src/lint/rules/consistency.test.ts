import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('consistency/env-var-undocumented', () => {
  it('reports a variable named in the CLI block but missing from 5.2, at the name', () => {
    const found = hits(withLines({ 105: '  --port <PORT>  Listen port [env: CHAINFIRE_LISTEN=]' }), 'consistency/env-var-undocumented');
    expect(where(found)).toEqual([{ rule: 'consistency/env-var-undocumented', severity: 'warning', line: 105, column: 36 }]);
    expect(found[0]!.message).toBe(
      "Environment variable 'CHAINFIRE_LISTEN' is used in '5.3 CLI Arguments' but missing from '5.2 Environment Variables'; add a row '| CHAINFIRE_LISTEN | <default> | <description> |'",
    );
  });
  it('reports `${NAME}` references in the TOML', () => {
    const found = hits(withLines({ 91: 'port = "${LISTEN_PORT}"' }), 'consistency/env-var-undocumented');
    expect(where(found)).toEqual([{ rule: 'consistency/env-var-undocumented', severity: 'warning', line: 91, column: 11 }]);
  });
  it('does not count system variables such as $HOME', () => {
    expect(hits(withLines({ 90: 'data_dir = "$HOME/.chainfire"' }), 'consistency/env-var-undocumented')).toEqual([]);
  });
});

describe('consistency/env-var-unused', () => {
  it('reports a documented variable named in neither block, as info at its cell', () => {
    const found = hits(withLines({ 105: '  --port <PORT>  Listen port' }), 'consistency/env-var-unused');
    expect(where(found)).toEqual([{ rule: 'consistency/env-var-unused', severity: 'info', line: 99, column: 3 }]);
    expect(found[0]!.message).toContain("'CHAINFIRE_PORT' is documented in 5.2 but named in neither '5.1' nor '5.3'");
  });
  it('says nothing when there is no config or CLI block to compare with', () => {
    const md = withLines(Object.fromEntries([...Array.from({ length: 5 }, (_, i) => [88 + i, null]), ...Array.from({ length: 4 }, (_, i) => [103 + i, null])]));
    expect(hits(md, 'consistency/env-var-unused')).toEqual([]);
  });
});

describe('consistency/error-code-undocumented', () => {
  it('reports an error code used in 3.2 but missing from Appendix A, at the code', () => {
    const md = withLines({ 57: '    fn get(&self, key: &str) -> Result<Vec<u8>, Error>; // E003 when missing' });
    const found = hits(md, 'consistency/error-code-undocumented');
    expect(where(found)).toEqual([{ rule: 'consistency/error-code-undocumented', severity: 'warning', line: 57, column: 60 }]);
    expect(found[0]!.message).toBe("Error code 'E003' is used in '3.2 Public Traits' but missing from 'A. Error Codes'; add a row '| E003 | <meaning> |'");
  });
  it('recognises codes shaped like the documented ones, and ERR_ names, in the protobuf', () => {
    const md = withLines({ 152: '| KV-001 | Key not found |', 153: '| KV-002 | Permission denied |', 49: '  rpc Get(GetRequest) returns (GetResponse); // KV-003, ERR_TIMEOUT' });
    expect(where(hits(md, 'consistency/error-code-undocumented'))).toEqual([
      { rule: 'consistency/error-code-undocumented', severity: 'warning', line: 49, column: 49 },
      { rule: 'consistency/error-code-undocumented', severity: 'warning', line: 49, column: 57 },
      // E001 (in the 3.2 comment) is no longer in the table either.
      { rule: 'consistency/error-code-undocumented', severity: 'warning', line: 57, column: 60 },
    ]);
  });
  it('accepts codes that are documented', () => {
    expect(hits(VALID, 'consistency/error-code-undocumented')).toEqual([]);
  });
});

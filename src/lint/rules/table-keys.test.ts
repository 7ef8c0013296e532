import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { withLines } from '../fixtures/valid';

describe('table/duplicate-key', () => {
  it('reports a dependency listed twice (any case) at the second key cell', () => {
    const found = hits(withLines({ 41: '| Tokio | Runtime again |' }), 'table/duplicate-key');
    expect(where(found)).toEqual([{ rule: 'table/duplicate-key', severity: 'error', line: 41, column: 3 }]);
    expect(found[0]!.message).toBe("Crate 'Tokio' in '2.3 Dependencies' is already listed on line 40; merge the two rows");
  });
  it('reports duplicate environment variables and error codes', () => {
    const md = withLines({ 99: '| CHAINFIRE_DATA_DIR | /data | Again |', 153: '| `E001` | Again |' });
    expect(where(hits(md, 'table/duplicate-key'))).toEqual([
      { rule: 'table/duplicate-key', severity: 'error', line: 99, column: 3 },
      { rule: 'table/duplicate-key', severity: 'error', line: 153, column: 3 },
    ]);
  });
  it('reports a glossary term defined twice, at the term', () => {
    expect(where(hits(withLines({ 158: '- **raft**: Again' }), 'table/duplicate-key'))).toEqual([
      { rule: 'table/duplicate-key', severity: 'error', line: 158, column: 5 },
    ]);
  });
});

describe('table/env-var-case', () => {
  it('reports a variable not in UPPER_SNAKE_CASE and gives the name to use', () => {
    const found = hits(withLines({ 99: '| chainfirePort | 2379 | Listen port |' }), 'table/env-var-case');
    expect(where(found)).toEqual([{ rule: 'table/env-var-case', severity: 'warning', line: 99, column: 3 }]);
    expect(found[0]!.message).toContain("rename it to 'CHAINFIRE_PORT'");
  });
  it('accepts documented name patterns', () => {
    expect(hits(withLines({ 99: '| CHAINFIRE_* | | Any setting |' }), 'table/env-var-case')).toEqual([]);
  });
});

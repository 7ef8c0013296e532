import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../markdown/types';
import { formatGithub, formatJson, formatStylish } from './format';

const d = (line: number, column: number, severity: Diagnostic['severity'], message: string, rule: string): Diagnostic => ({
  line,
  column,
  severity,
  message,
  rule,
});
const files = [
  { file: 'a.md', diagnostics: [d(3, 48, 'error', 'Bad date', 'meta/invalid-date'), d(12, 1, 'warning', 'Missing', 'structure/missing-section')] },
  { file: 'b.md', diagnostics: [] },
  { file: 'c, d.md', diagnostics: [d(1, 1, 'info', '50% done\nnext', 'import/html')] },
];

describe('formatStylish', () => {
  it('groups by file with aligned columns and a summary line', () => {
    expect(formatStylish(files)).toBe(
      [
        'a.md',
        '  3:48  error    Bad date  meta/invalid-date',
        '  12:1  warning  Missing   structure/missing-section',
        '',
        'c, d.md',
        '  1:1  info  50% done\nnext  import/html',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });
  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish([{ file: 'a.md', diagnostics: [] }])).toBe('');
  });
});

describe('formatJson', () => {
  it('is an array of { file, line, column, severity, rule, message }', () => {
    expect(JSON.parse(formatJson(files))).toEqual([
      { file: 'a.md', line: 3, column: 48, severity: 'error', rule: 'meta/invalid-date', message: 'Bad date' },
      { file: 'a.md', line: 12, column: 1, severity: 'warning', rule: 'structure/missing-section', message: 'Missing' },
      { file: 'c, d.md', line: 1, column: 1, severity: 'info', rule: 'import/html', message: '50% done\nnext' },
    ]);
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per finding, info as notice, escaping what GitHub needs', () => {
    expect(formatGithub(files)).toBe(
      [
        '::error file=a.md,line=3,col=48::Bad date (meta/invalid-date)',
        '::warning file=a.md,line=12,col=1::Missing (structure/missing-section)',
        '::notice file=c%2C d.md,line=1,col=1::50%25 done%0Anext (import/html)',
        '',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { fieldByPath } from '../../spec';
import { gridColumns } from './columns';
import { parsePastedTable, pastedRows, splitMarkdownRow, splitTsv } from './pasteRows';

const envField = fieldByPath('configuration.envVars').sub.field;
const envCols = gridColumns(envField.kind === 'table' ? envField.columns : [], []);
const blank = { variable: '', default: '', description: '' };

describe('parsePastedTable', () => {
  it('leaves a single line without tabs to the ordinary paste', () => {
    expect(parsePastedTable('LOG_LEVEL')).toBeNull();
    expect(parsePastedTable('LOG_LEVEL\n')).toBeNull();
  });

  it('reads spreadsheet rows, with quoted cells', () => {
    expect(parsePastedTable('A\t1\tfirst\nB\t2\t"two\tthings, ""quoted"""\n')).toEqual({
      header: null,
      rows: [
        ['A', '1', 'first'],
        ['B', '2', 'two\tthings, "quoted"'],
      ],
    });
    expect(splitTsv('"line\nbreak"\tx')).toEqual([['line break', 'x']]);
  });

  it('reads a Markdown table with its header, escaped pipes and alignment row', () => {
    const md = '| Variable | Default | Notes |\n|:--|--:|---|\n| `A` | `a\\|b` | one |\n| B | | two |';
    expect(parsePastedTable(md)).toEqual({
      header: ['Variable', 'Default', 'Notes'],
      rows: [
        ['`A`', '`a|b`', 'one'],
        ['B', '', 'two'],
      ],
    });
    expect(splitMarkdownRow('a | b')).toEqual(['a', 'b']);
  });
});

describe('pastedRows', () => {
  it('fills columns from the focused one when there is no header', () => {
    const rows = pastedRows({ header: null, rows: [['1', 'what', 'dropped']] }, envCols, 1, blank);
    expect(rows).toEqual([{ variable: '', default: '1', description: 'what' }]);
  });

  it('maps a header row by column names and aliases, unknown ones to extra columns', () => {
    const rows = pastedRows(
      { header: ['Description', 'Env Var', 'Scope'], rows: [['d', 'V', 'global']] },
      envCols,
      0,
      blank,
    );
    expect(rows).toEqual([{ variable: 'V', default: '', description: 'd', extra: { Scope: 'global' } }]);
  });

  it('recognizes a spreadsheet header line', () => {
    const rows = pastedRows({ header: null, rows: [['Variable', 'Default'], ['A', '1']] }, envCols, 2, blank);
    expect(rows).toEqual([{ variable: 'A', default: '1', description: '' }]);
  });
});

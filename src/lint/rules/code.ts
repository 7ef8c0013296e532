/**
 * Rules that run real parsers over code blocks: smol-toml over 5.1, protobufjs over 3.1, a delimiter scanner
 * over the Rust of 3.2, 3.3 and 4.1. Positions inside a block are mapped to the file's line and column. A block
 * marked with another language is left to content/code-language.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseProto } from 'protobufjs';
import { FIELDS, subsectionHeading, type FieldRef } from '../../spec';
import type { CodeBlock, LintContext } from '../context';
import { checkRustDelimiters } from '../rust-delimiters';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';

/** The code blocks of fields in `lang` that are marked with it or with nothing. */
function blocksIn(ctx: LintContext, lang: string): { f: FieldRef; block: CodeBlock }[] {
  const out: { f: FieldRef; block: CodeBlock }[] = [];
  for (const f of FIELDS) {
    const field = f.sub.field;
    if (field.kind !== 'code' || field.lang !== lang) continue;
    const block = ctx.code(f.path);
    if (!block || block.value.trim() === '') continue;
    const marked = block.lang.trim().split(/[\s{,]/)[0]!.toLowerCase();
    if (marked === '' || marked === field.lang || field.langAliases.includes(marked)) out.push({ f, block });
  }
  return out;
}

export const tomlSyntax: LintRule = {
  id: 'code/toml-syntax',
  severity: 'error',
  description: 'The TOML in 5.1 Config File Format does not parse (checked with smol-toml).',
  check(ctx) {
    const out: Finding[] = [];
    for (const { f, block } of blocksIn(ctx, 'toml')) {
      try {
        parseToml(block.value);
      } catch (e) {
        if (!(e instanceof TomlError)) throw e;
        const reason = e.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
        const at = block.at(e.line - 1, e.column - 1);
        out.push(findingAt(at, `TOML in '${subsectionHeading(f.sub)}' does not parse: ${reason}; fix the TOML at this point`, f.path));
      }
    }
    return out;
  },
};

const PROTO_SYNTAX = /^\s*(?:syntax|edition)\s*=/m;

export const protobufSyntax: LintRule = {
  id: 'code/protobuf-syntax',
  severity: 'error',
  description: 'The protobuf in 3.1 gRPC Services does not parse (checked with protobufjs; proto3 unless it says otherwise).',
  check(ctx) {
    const out: Finding[] = [];
    for (const { f, block } of blocksIn(ctx, 'protobuf')) {
      // Snippets rarely declare their syntax; read them as proto3 without moving any line.
      const prefix = PROTO_SYNTAX.test(block.value) ? '' : 'syntax = "proto3"; ';
      try {
        parseProto(prefix + block.value, { keepCase: true });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const m = /^(.*?)\s*\(line (\d+)\)$/.exec(message);
        const reason = m ? m[1]! : message;
        let at = block.start;
        if (m) {
          const line = Number(m[2]) - 1;
          const token = /'([^']*)'/.exec(reason)?.[1];
          const text = block.value.split('\n')[line] ?? '';
          const col = token ? text.indexOf(token) : -1;
          at = block.at(line, Math.max(0, col === -1 ? text.search(/\S|$/) : col));
        }
        out.push(findingAt(at, `Protobuf in '${subsectionHeading(f.sub)}' does not parse: ${reason}; fix the definition at this point`, f.path));
      }
    }
    return out;
  },
};

export const rustDelimiters: LintRule = {
  id: 'code/rust-delimiters',
  severity: 'error',
  description: 'A Rust block (3.2, 3.3, 4.1) has unbalanced braces, brackets or parentheses, or an unclosed string or comment.',
  check(ctx) {
    const out: Finding[] = [];
    for (const { f, block } of blocksIn(ctx, 'rust')) {
      const where = (o: number) => {
        const p = block.atOffset(o);
        return `${p.line}:${p.column}`;
      };
      const problem = checkRustDelimiters(block.value, where);
      if (!problem) continue;
      out.push(findingAt(block.atOffset(problem.offset), `Rust in '${subsectionHeading(f.sub)}': ${problem.message}`, f.path));
    }
    return out;
  },
};

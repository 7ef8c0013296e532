/** Code fields: the first code block of the subsection; its info string is kept as written. Pure. */
import type { Code } from 'mdast';
import { stringifyMarkdown } from '../parse';
import { nodeSpan, type FieldCodec } from './types';

/** A fenced block of `code` in language `lang`, with a fence longer than any backtick run inside. */
export function writeFence(code: string, lang: string, fenceChar: '`' | '~' = '`'): string {
  if (fenceChar === '`') {
    const node: Code = { type: 'code', lang: lang || null, value: code };
    return stringifyMarkdown({ type: 'root', children: [node] }).replace(/\n+$/, '');
  }
  const longest = Math.max(2, ...[...code.matchAll(/~+/g)].map((m) => m[0].length));
  const fence = '~'.repeat(longest + 1);
  return `${fence}${lang}\n${code}${code === '' ? '' : '\n'}${fence}`;
}

export const codeCodec: FieldCodec = {
  read(nodes, def, ctx) {
    const index = nodes.findIndex((n) => n.type === 'code');
    if (index === -1) return undefined;
    const node = nodes[index] as Code;
    const span = nodeSpan(node, ctx);
    const info = node.lang ? `${node.lang}${node.meta ? ` ${node.meta}` : ''}` : '';
    const value = node.value;
    const same = value.replace(/\s+/g, ' ').trim() === def.placeholder.replace(/\s+/g, ' ').trim();
    return { value: same ? '' : value, node: index, source: { span, lang: info } };
  },
  empty: () => '',
  isEmpty: (v) => typeof v !== 'string' || v.trim() === '',
  write(value, def, opts) {
    const v = typeof value === 'string' ? value : '';
    const lang = def.field.kind === 'code' ? def.field.lang : '';
    if (v.trim() === '') return opts.placeholders ? writeFence(def.placeholder, lang) : '';
    return writeFence(v, lang);
  },
  patch(value, def, { text, src }) {
    const v = typeof value === 'string' ? value : '';
    if (v.trim() === '') return '';
    const original = text.slice(src.span.start, src.span.end);
    const fenceChar = original.trimStart().startsWith('~') ? '~' : '`';
    const lang = src.lang ?? (def.field.kind === 'code' ? def.field.lang : '');
    return writeFence(v, lang, fenceChar);
  },
};

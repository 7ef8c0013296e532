/**
 * Which Markdown constructs in a tree the rich prose editor cannot hold, described for a person.
 * Invariant: a tree with no findings contains only paragraphs, headings of levels 4-6, emphasis, strong,
 * strikethrough, inline code, links, lists (not task lists), code blocks, blockquotes, thematic breaks,
 * hard breaks and text. Pure: no DOM, no Tiptap.
 */
import type { Root } from 'mdast';

const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'list',
  'listItem',
  'code',
  'blockquote',
  'thematicBreak',
  'break',
]);

/** What a person calls each construct the rich editor cannot keep. */
const DESCRIPTIONS: Record<string, string> = {
  table: 'a table',
  tableRow: 'a table',
  tableCell: 'a table',
  html: 'HTML',
  footnoteDefinition: 'footnotes',
  footnoteReference: 'footnotes',
  image: 'an image',
  imageReference: 'an image',
  definition: 'reference-style links',
  linkReference: 'reference-style links',
  yaml: 'front matter',
  math: 'math',
  inlineMath: 'math',
};

interface Node {
  type: string;
  children?: Node[];
  depth?: number;
  checked?: boolean | null;
}

/**
 * List, in document order and without repeats, the constructs of `tree` the rich editor cannot keep
 * (e.g. `['a table', 'HTML']`). Empty when every node is supported. Iterative: no recursion limit.
 */
export function findUnsupported(tree: Root): string[] {
  const found: string[] = [];
  const note = (what: string) => {
    if (!found.includes(what)) found.push(what);
  };
  const stack: Node[] = [tree as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!ALLOWED.has(node.type)) note(DESCRIPTIONS[node.type] ?? `Markdown the editor does not know ("${node.type}")`);
    else if (node.type === 'heading' && (node.depth ?? 1) < 4) note(`a level ${node.depth} heading`);
    else if (node.type === 'listItem' && typeof node.checked === 'boolean') note('a task list');
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return found;
}

/** Join descriptions as prose: `a`, `a and b`, `a, b and c`. */
export function describeList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

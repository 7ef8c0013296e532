/**
 * Splits a parsed document into blocks at its structural headings (levels 1-3) and decides what each heading is:
 * the title, a template section, a template subsection, metadata written as headings, or unknown. Pure.
 */
import type { Heading, RootContent } from 'mdast';
import { FIELDS, type SectionDef, type SubsectionDef } from '../spec';
import { matchSection, matchSubsections, splitHeading } from './headings';
import { metaKeyOf } from './meta';
import type { HeadingSource } from './types';
import { nodeSpan, type FieldRead, type ReadContext } from './fields/types';
import { CODECS } from './fields';
import { subsectionHeading } from '../spec';

export type Block =
  | { kind: 'pre'; nodes: RootContent[] }
  | { kind: 'title'; heading: HeadingSource; nodes: RootContent[] }
  | { kind: 'metaHeading'; heading: HeadingSource; nodes: RootContent[] }
  | { kind: 'metaTable'; heading: HeadingSource; nodes: RootContent[] }
  | { kind: 'section'; section: SectionDef; heading: HeadingSource; nodes: RootContent[] }
  | { kind: 'field'; section: SectionDef; sub: SubsectionDef; path: string; heading: HeadingSource; nodes: RootContent[]; read?: FieldRead }
  | { kind: 'unknown'; heading: HeadingSource; nodes: RootContent[]; duplicateOf?: string; formOf?: string };

/** The heading's text as written, without `#` marks. */
function headingText(h: Heading, ctx: ReadContext): { text: string; start: number; end: number } {
  const first = h.children[0];
  const last = h.children[h.children.length - 1];
  if (!first || !last) {
    const s = nodeSpan(h, ctx);
    return { text: '', start: s.end, end: s.end };
  }
  const start = nodeSpan(first, ctx).start;
  const end = nodeSpan(last, ctx).end;
  return { text: ctx.text.slice(start, end), start, end };
}

export function headingSource(h: Heading, ctx: ReadContext): HeadingSource & { textStart: number; textEnd: number } {
  const t = headingText(h, ctx);
  const { number, name } = splitHeading(t.text);
  return { depth: h.depth, text: t.text, number, name, span: nodeSpan(h, ctx), textStart: t.start, textEnd: t.end };
}

const META_HEADING = /^([\p{L}][\p{L}\p{N} ._/-]{0,40}?):\s*(.*)$/u;
/** `## Document Control` and the like: a heading over a two-column metadata table. */
const META_TABLE_HEADING = /^(document control|document info(rmation)?|document metadata|metadata|document properties)$/i;

/** Splits top-level nodes into blocks, matching headings to the template (each template part at most once). */
export function splitBlocks(nodes: RootContent[], ctx: ReadContext): Block[] {
  const blocks: Block[] = [];
  const claimed = new Set<string>();
  let current: Block = { kind: 'pre', nodes: [] };
  blocks.push(current);
  let section: SectionDef | undefined;
  let sawTitle = false;
  let metaOpen = false;

  // Whether each level-2 heading has level-3 headings under it (then it is a section, never a subsection).
  const hasSubheadings = new Set<RootContent>();
  let lastH2: RootContent | undefined;
  for (const node of nodes) {
    if (node.type !== 'heading' || node.depth > 3) continue;
    if (node.depth === 3 && lastH2) hasSubheadings.add(lastH2);
    lastH2 = node.depth === 2 ? node : node.depth === 1 ? undefined : lastH2;
  }

  const nextIsTable = (h: RootContent) => nodes[nodes.indexOf(h) + 1]?.type === 'table';
  for (const node of nodes) {
    if (node.type !== 'heading' || node.depth > 3) {
      current.nodes.push(node);
      if (node.type !== 'thematicBreak') metaOpen = false;
      continue;
    }
    finish(blocks.length - 1);
    const heading = headingSource(node, ctx);
    let next: Block;
    const metaMatch = META_HEADING.exec(heading.text);
    if (!sawTitle && node.depth === 1 && blocks.every((b) => b.kind === 'pre')) {
      sawTitle = true;
      metaOpen = true;
      next = { kind: 'title', heading, nodes: [] };
    } else if (metaOpen && node.depth === 2 && metaMatch && (metaKeyOf(metaMatch[1]!) || blocks.some((b) => b.kind === 'metaHeading'))) {
      next = { kind: 'metaHeading', heading, nodes: [] };
    } else if (metaOpen && node.depth === 2 && META_TABLE_HEADING.test(heading.name) && nextIsTable(node)) {
      metaOpen = false;
      next = { kind: 'metaTable', heading, nodes: [] };
    } else {
      metaOpen = false;
      next = classify(heading, node.depth, section, claimed, hasSubheadings.has(node));
      if (next.kind === 'section') section = next.section;
      if (next.kind === 'field') section = next.section;
      if (next.kind === 'unknown' && node.depth === 2) section = undefined;
    }
    if (node.depth <= 2 && next.kind !== 'title' && next.kind !== 'metaHeading' && next.kind !== 'metaTable' && !sawTitle) sawTitle = true;
    blocks.push(next);
    current = next;
  }
  finish(blocks.length - 1);
  return blocks;

  /**
   * A heading only takes a field when the field's content is under it (or nothing is): `### 12. External
   * Dependencies` over a bullet list stays unknown, so its text stays with its neighbours. The template's own
   * heading (`### 2.3 Dependencies`) takes its field whatever is under it.
   */
  function finish(i: number) {
    const b = blocks[i];
    if (!b || b.kind !== 'field') return;
    b.read = CODECS[b.sub.field.kind].read(b.nodes, b.sub, ctx);
    const canonical = b.heading.depth === 3 && b.heading.text.trim() === subsectionHeading(b.sub);
    if (b.read || b.nodes.length === 0 || canonical) return;
    claimed.delete(b.path);
    blocks[i] = { kind: 'unknown', heading: b.heading, nodes: b.nodes, duplicateOf: undefined, formOf: b.path };
  }
}

function classify(heading: HeadingSource, depth: number, section: SectionDef | undefined, claimed: Set<string>, isParent: boolean): Block {
  const name = heading.name || heading.text;
  if (depth === 2) {
    const s = matchSection(name);
    if (s && !claimed.has(s.id)) {
      claimed.add(s.id);
      return { kind: 'section', section: s, heading, nodes: [] };
    }
  }
  if (depth === 3 || (depth === 2 && !isParent)) {
    for (const { section: sec, sub } of matchSubsections(name, section?.id)) {
      const path = `${sec.id}.${sub.id}`;
      if (claimed.has(path)) continue;
      claimed.add(path);
      return { kind: 'field', section: sec, sub, path, heading, nodes: [] };
    }
  }
  const dup = depth === 2 ? matchSection(name) : undefined;
  const dupSub = matchSubsections(name, section?.id)[0];
  const duplicateOf = dup ? dup.id : dupSub ? `${dupSub.section.id}.${dupSub.sub.id}` : undefined;
  return { kind: 'unknown', heading, nodes: [], duplicateOf };
}

/** Template order of a field path (for sorting insertions). */
export const FIELD_ORDER = new Map(FIELDS.map((f, i) => [f.path, i]));

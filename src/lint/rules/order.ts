/** The rule about order: sections in template order, and each section's subsections in template order. */
import { sectionHeading, subsectionHeading, TEMPLATE } from '../../spec';
import type { HeadingSource } from '../../markdown/types';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';

interface Placed {
  heading: HeadingSource;
  /** Template index: the section's, or the subsection's within its section. */
  rank: number;
  label: string;
  path: string;
}

/** Indexes of a longest strictly increasing run of ranks (patience sorting): the entries that are in order. */
export function inOrder(ranks: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((r, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[tails[mid]!]! < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

/** Findings for the entries of `placed` that break the order, each saying where it belongs. */
function misplaced(placed: Placed[], kind: string): Finding[] {
  const keep = inOrder(placed.map((p) => p.rank));
  const anchors = placed.filter((_, i) => keep.has(i));
  return placed
    .filter((_, i) => !keep.has(i))
    .map((p) => {
      const next = anchors.find((a) => a.rank > p.rank);
      const prev = [...anchors].reverse().find((a) => a.rank < p.rank);
      const where = next
        ? `move it before '${next.label}' (line ${next.heading.span.line})`
        : `move it after '${prev!.label}' (line ${prev!.heading.span.line})`;
      return findingAt(p.heading.span, `${kind} '${p.heading.text}' is out of the template's order; ${where}`, p.path);
    });
}

export const sectionOrder: LintRule = {
  id: 'structure/section-order',
  severity: 'warning',
  description: 'A section, or a subsection within its section, comes out of the template\'s order.',
  check(ctx) {
    const seen = new Set<string>();
    const first = (h: HeadingSource) => !!h.matched && !seen.has(h.matched) && !!seen.add(h.matched);
    const headings = ctx.source.headings.filter(first);
    const sections: Placed[] = [];
    for (const h of headings) {
      const rank = TEMPLATE.findIndex((s) => s.id === h.matched);
      if (rank >= 0) sections.push({ heading: h, rank, label: sectionHeading(TEMPLATE[rank]!), path: h.matched! });
    }
    const out = misplaced(sections, 'Section');
    for (const s of TEMPLATE) {
      const subs: Placed[] = [];
      for (const h of headings) {
        const rank = s.subsections.findIndex((sub) => `${s.id}.${sub.id}` === h.matched);
        if (rank >= 0) subs.push({ heading: h, rank, label: subsectionHeading(s.subsections[rank]!), path: h.matched! });
      }
      out.push(...misplaced(subs, 'Subsection'));
      const region = ctx.source.sections[s.id];
      if (!region) continue;
      for (const sub of subs) {
        const at = sub.heading.span.start;
        if (at >= region.span.start && at < region.span.end) continue;
        out.push(
          findingAt(
            sub.heading.span,
            `Subsection '${sub.heading.text}' sits outside section '${sectionHeading(s)}' (line ${region.heading.span.line}); move it there`,
            sub.path,
          ),
        );
      }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};

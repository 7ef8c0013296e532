/** Rules about how a recognised heading is written: its wording, its number and its level. */
import { fieldByPath, sectionHeading, subsectionHeading, TEMPLATE } from '../../spec';
import type { HeadingSource } from '../../markdown/types';
import type { LintContext, Position } from '../context';
import { findingAt } from '../text';
import type { LintRule } from '../types';

interface Expected {
  heading: HeadingSource;
  /** The template's name (`Purpose`), number (`1.1`, `A`, '') and full text (`1.1 Purpose`). */
  name: string;
  number: string;
  text: string;
  depth: number;
  path: string;
}

/** Every recognised heading with what the template says it should be. */
function recognised(ctx: LintContext): Expected[] {
  const out: Expected[] = [];
  for (const h of ctx.source.headings) {
    if (!h.matched || h === ctx.source.title?.heading) continue;
    const section = TEMPLATE.find((s) => s.id === h.matched);
    if (section) {
      out.push({ heading: h, name: section.heading, number: section.number, text: sectionHeading(section), depth: 2, path: section.id });
      continue;
    }
    if (!h.matched.includes('.')) continue;
    try {
      const { sub } = fieldByPath(h.matched);
      out.push({ heading: h, name: sub.heading, number: sub.number, text: subsectionHeading(sub), depth: 3, path: h.matched });
    } catch {
      // Matched to something other than a template field (metadata headings, for one): not ours to judge.
    }
  }
  return out;
}

/** Where `part` starts in the heading's source line (the heading's start when it cannot be found). */
function columnOf(ctx: LintContext, h: HeadingSource, part: string): Position {
  const line = ctx.line(h.span.line);
  const i = part ? line.indexOf(part, h.span.column - 1) : -1;
  return { line: h.span.line, column: i >= 0 ? i + 1 : h.span.column };
}

const hashes = (n: number) => '#'.repeat(n);

export const headingText: LintRule = {
  id: 'structure/heading-text',
  severity: 'warning',
  description: 'A recognised heading is worded differently from the template (an alias, other case or spelling).',
  check(ctx) {
    return recognised(ctx)
      .filter((e) => e.heading.name.trim() !== e.name)
      .map((e) =>
        findingAt(
          columnOf(ctx, e.heading, e.heading.name.trim()),
          `Heading '${e.heading.text}' differs from the template's '${e.text}'; rename it to '${hashes(e.depth)} ${e.text}'`,
          e.path,
        ),
      );
  },
};

export const headingNumber: LintRule = {
  id: 'structure/heading-number',
  severity: 'warning',
  description: 'A recognised heading is numbered differently from the template, or its number is written differently.',
  check(ctx) {
    return recognised(ctx).flatMap((e) => {
      const h = e.heading;
      const found = h.number.replace(/[.:)]$/, '');
      const fix = `write '${hashes(e.depth)} ${e.text}'`;
      let problem: string | undefined;
      if (found !== e.number) {
        problem = !e.number
          ? `has the number '${h.number}', which the template's '${e.text}' does not have`
          : !found
            ? `has no number; the template numbers it '${e.number}'`
            : `is numbered '${h.number}'; the template numbers it '${e.number}'`;
      } else if (h.name.trim() === e.name && h.text.trim() !== e.text) {
        problem = `writes its number differently from the template's '${e.text}'`;
      }
      if (!problem) return [];
      return [findingAt(columnOf(ctx, h, h.number), `Heading '${h.text}' ${problem}; ${fix}`, e.path)];
    });
  },
};

export const headingLevel: LintRule = {
  id: 'structure/heading-level',
  severity: 'warning',
  description: 'A section heading is not level 2 (`##`) or a subsection heading not level 3 (`###`).',
  check(ctx) {
    return recognised(ctx)
      .filter((e) => e.heading.depth !== e.depth)
      .map((e) =>
        findingAt(
          e.heading.span,
          `Heading '${e.heading.text}' is level ${e.heading.depth}; the template makes it level ${e.depth}: '${hashes(e.depth)} ${e.text}'`,
          e.path,
        ),
      );
  },
};

/** Rules about the title line `# <Name> Specification`. */
import { TITLE_PLACEHOLDER, TITLE_SUFFIX } from '../../spec';
import { findingAt } from '../text';
import type { LintRule } from '../types';

export const missingTitle: LintRule = {
  id: 'structure/missing-title',
  severity: 'warning',
  description: 'The spec has no `# <Name> Specification` title.',
  check(ctx) {
    if (ctx.source.title) return [];
    const name = ctx.spec.title || 'Component Name';
    return [
      findingAt(
        { line: 1, column: 1 },
        `The spec has no title; add '# ${name}${TITLE_SUFFIX}' as its first line`,
        '$title',
      ),
    ];
  },
};

export const titleFormat: LintRule = {
  id: 'structure/title-format',
  severity: 'warning',
  description: 'The title is not a level-1 heading ending in " Specification".',
  check(ctx) {
    const title = ctx.source.title;
    if (!title) return [];
    const { heading } = title;
    const text = heading.text.trim();
    if (text.includes(TITLE_PLACEHOLDER)) return []; // content/placeholder reports it
    const name = ctx.spec.title || text.replace(/\s+Specification$/i, '');
    const expected = `# ${name}${TITLE_SUFFIX}`;
    const problems: string[] = [];
    if (heading.depth !== 1) problems.push(`is a level-${heading.depth} heading`);
    if (!text.endsWith(TITLE_SUFFIX)) problems.push(`does not end in '${TITLE_SUFFIX.trim()}'`);
    if (problems.length === 0) return [];
    return [findingAt(heading.span, `The title '${text}' ${problems.join(' and ')}; write it as '${expected}'`, '$title')];
  },
};

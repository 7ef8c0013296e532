/**
 * The importer's own findings (`import/*`), described for the config and the docs. Lint passes them through,
 * except those a lint rule reports better (with a fix); those are dropped in favour of the rule named in
 * `replacedBy`. import-rules.test.ts checks this list against the ids the importer emits.
 */
import type { Severity } from '../markdown/types';

export interface ImportRule {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** The lint rule that reports the same finding; the import diagnostic is then dropped. */
  readonly replacedBy?: string;
}

export const IMPORT_RULES: readonly ImportRule[] = [
  { id: 'import/unparsed', severity: 'warning', description: 'The document could not be parsed at all; all of it is kept as extra content.' },
  {
    id: 'import/field-form',
    severity: 'warning',
    description: "A subsection's content is not in its field's form (a paragraph where a table belongs); it is kept as extra content.",
  },
  {
    id: 'import/duplicate-section',
    severity: 'warning',
    description: 'A section or subsection heading appears a second time; the second one is kept as extra content.',
  },
  {
    id: 'import/field-by-content',
    severity: 'info',
    description: 'A table outside its subsection is read as a template field by its columns (structure/missing-subsection says where it belongs).',
  },
  {
    id: 'import/too-deep',
    severity: 'warning',
    description: 'A line nests blocks deeper than the importer reads; it is kept as written, as plain text.',
  },
  { id: 'import/meta-extra', severity: 'info', description: 'A metadata field the template does not have (Owner, Authors) is kept.' },
  { id: 'import/html', severity: 'info', description: 'Raw HTML is kept verbatim (shown as text, never run).' },
  { id: 'import/footnote', severity: 'info', description: 'A footnote definition is kept.' },
  { id: 'import/missing-title', severity: 'warning', description: 'No title heading.', replacedBy: 'structure/missing-title' },
  { id: 'import/unknown-section', severity: 'info', description: 'A heading the template does not know.', replacedBy: 'structure/extra-section' },
  { id: 'import/heading-renamed', severity: 'info', description: 'A section heading read under another name.', replacedBy: 'structure/heading-text' },
  { id: 'import/extra-columns', severity: 'info', description: 'A table column the template does not know.', replacedBy: 'table/extra-column' },
];

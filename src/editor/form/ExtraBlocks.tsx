/**
 * Content kept from an import that the template has no field for, shown where it sits in the document and
 * editable as Markdown source. The exporter writes it back at the same place.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TEMPLATE, FIELDS } from '../../spec';
import { useSpecStore } from '../../store/store';

/** Every `at` the form shows in place; extras elsewhere are listed at the end. */
const PLACES = new Set(['$start', '$title', ...TEMPLATE.map((s) => s.id), ...FIELDS.map((f) => f.path)]);

function ExtraBlock({ index }: { index: number }) {
  const markdown = useSpecStore((s) => s.spec.extras[index]?.markdown ?? '');
  const id = useId();
  return (
    <div className="extra-block">
      <label htmlFor={id}>Extra content</label>
      <p className="extra-note" id={`${id}-note`}>
        Kept from the imported file; exported here as written. Edit it as Markdown.
      </p>
      <textarea
        id={id}
        className="source-editor"
        aria-describedby={`${id}-note`}
        spellCheck={false}
        value={markdown}
        onChange={(e) => useSpecStore.getState().setField(['extras', index, 'markdown'], e.target.value)}
      />
    </div>
  );
}

/** The extras placed at `at` (before the field when `before` is set). */
export function ExtraBlocks({ at, before = false }: { at: string; before?: boolean }) {
  const indexes = useSpecStore(
    useShallow((s) => s.spec.extras.flatMap((x, i) => (x.at === at && Boolean(x.before) === before ? [i] : []))),
  );
  return indexes.map((i) => <ExtraBlock key={i} index={i} />);
}

/** Extras whose place the form does not show, at the end of the form. */
export function UnplacedExtras() {
  const indexes = useSpecStore(useShallow((s) => s.spec.extras.flatMap((x, i) => (PLACES.has(x.at) ? [] : [i]))));
  if (indexes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="h-unplaced">
      <h2 id="h-unplaced">Other kept content</h2>
      {indexes.map((i) => (
        <ExtraBlock key={i} index={i} />
      ))}
    </section>
  );
}

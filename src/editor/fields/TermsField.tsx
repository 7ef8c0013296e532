/** The glossary: term/definition pairs, reorderable, with a check that each term appears once. */
import type { GlossaryEntry } from '../../spec';
import { useSpecStore } from '../../store/store';
import { cellName } from '../form/formValues';
import { useFieldCheck } from '../form/useFieldCheck';
import { ListEditor, type ItemProps } from '../list/ListEditor';
import type { FieldProps } from './types';

function TermItem({ path, rowId, index, value }: ItemProps<GlossaryEntry>) {
  const subId = path.split('.').at(-1)!;
  const check = useFieldCheck(cellName(subId, rowId, 'term'));
  const set = (key: 'term' | 'definition', v: string) => {
    useSpecStore.getState().setField(`${path}[${index}].${key}`, v);
    if (key === 'term') check.afterChange();
  };
  const errorId = `${rowId}-term-error`;
  return (
    <div className="term-item">
      <input
        type="text"
        className="term-input"
        aria-label={`Term ${index + 1}`}
        placeholder="Term"
        data-row-id={rowId}
        data-col="term"
        value={value.term}
        aria-invalid={check.error ? true : undefined}
        aria-describedby={check.error ? errorId : undefined}
        onChange={(e) => set('term', e.target.value)}
        onBlur={check.onBlur}
      />
      <textarea
        className="item-text"
        rows={1}
        aria-label={`Definition ${index + 1}`}
        placeholder="Definition"
        data-row-id={rowId}
        data-col="definition"
        value={value.definition}
        onChange={(e) => set('definition', e.target.value)}
      />
      {check.error && (
        <span id={errorId} className="cell-error">
          {check.error}
        </span>
      )}
    </div>
  );
}

export function TermsField({ field }: FieldProps) {
  return <ListEditor<GlossaryEntry> path={field.path} noun="term" firstCol="term" Item={TermItem} />;
}

/**
 * A key-value field (`- **Engine**: RocksDB`). Keys with suggested options (storage engine, serialization)
 * are short values: a combobox offering the template's options and accepting free text. In a field whose keys
 * have no options (scope), each value is prose. Other keys are plain text.
 */
import { useCallback } from 'react';
import type { KeyDef } from '../../spec';
import { useField } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { ProseValue } from './ProseField';
import { fieldDomId, type FieldProps } from './types';

function ShortValue({ path, def }: { path: string; def: KeyDef }) {
  const value = useField<string>(path) ?? '';
  const setField = useSpecStore((s) => s.setField);
  const onChange = useCallback((v: string) => setField(path, v), [setField, path]);
  const id = fieldDomId(path);
  return (
    <div className="kv-row">
      <label htmlFor={id}>{def.label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={def.hint}
        list={def.options ? `${id}-options` : undefined}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
      {def.options && (
        <datalist id={`${id}-options`}>
          {def.options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
    </div>
  );
}

export function KeyValueField({ field }: FieldProps) {
  const kind = field.sub.field;
  if (kind.kind !== 'keyValue') throw new Error(`Cannot show '${field.path}' as key-value, expected a keyValue field`);
  const prose = kind.keys.every((k) => !k.options);
  return (
    <div className={prose ? 'kv kv-prose' : 'kv'}>
      {kind.keys.map((def) =>
        prose ? (
          <div className="kv-row" key={def.key}>
            <span className="kv-label" aria-hidden="true">
              {def.label}
            </span>
            <ProseValue path={`${field.path}.${def.key}`} label={def.label} placeholder={def.hint} />
          </div>
        ) : (
          <ShortValue key={def.key} path={`${field.path}.${def.key}`} def={def} />
        ),
      )}
    </div>
  );
}

/** A prose field: the rich Markdown editor bound to one string of the spec. */
import { useCallback } from 'react';
import { useField } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { ProseEditor } from '../widgets/prose/ProseEditor';
import { fieldDomId, type FieldProps } from './types';

/** Binds `path` to a prose editor labelled `label`. */
export function ProseValue({ path, label, placeholder }: { path: string; label: string; placeholder?: string }) {
  const value = useField<string>(path) ?? '';
  const setField = useSpecStore((s) => s.setField);
  const onChange = useCallback((v: string) => setField(path, v), [setField, path]);
  return <ProseEditor id={fieldDomId(path)} label={label} value={value} onChange={onChange} placeholder={placeholder} />;
}

export function ProseField({ field }: FieldProps) {
  return <ProseValue path={field.path} label={field.sub.heading} placeholder={field.sub.placeholder} />;
}

/** A code field: the code editor bound to one fenced block's content, highlighted in the field's language. */
import { useCallback } from 'react';
import { useField } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { CodeEditor } from '../widgets/code/CodeEditor';
import { fieldDomId, type FieldProps } from './types';

export function CodeField({ field }: FieldProps) {
  const { path, sub } = field;
  const value = useField<string>(path) ?? '';
  const setField = useSpecStore((s) => s.setField);
  // The template's language wins; a fence the template leaves bare keeps the imported info string.
  const templateLang = sub.field.kind === 'code' ? sub.field.lang : '';
  const sourceLang = useSpecStore((s) => s.source?.fields[path]?.lang ?? '');
  const onChange = useCallback((v: string) => setField(path, v), [setField, path]);
  return (
    <CodeEditor
      id={fieldDomId(path)}
      label={sub.heading}
      lang={templateLang || sourceLang}
      value={value}
      onChange={onChange}
      placeholder={sub.placeholder}
    />
  );
}

/**
 * Widget harness page (tests only). Each field keeps its value in React state like the app's store would,
 * and records every onChange call in `window.__changes[field]`; `window.__setValue(field, text)` plays an
 * external change (undo, import). The preview button renders `window.__previewMarkdown` with renderHtml.
 */
import { StrictMode, useEffect, useState, type JSX } from 'react';
import { createRoot } from 'react-dom/client';
import { CodeEditor } from '../../src/editor/widgets/code/CodeEditor';
import { ProseEditor } from '../../src/editor/widgets/prose/ProseEditor';
import { FIELDS, type HarnessField } from './fields';

declare global {
  interface Window {
    __changes: Record<string, string[]>;
    __setValue(field: string, value: string): void;
    __previewMarkdown?: string;
  }
}

window.__changes = {};
const setters: Record<string, (value: string) => void> = {};
window.__setValue = (field, value) => setters[field]?.(value);

function Field({ field }: { field: HarnessField }): JSX.Element {
  const [value, setValue] = useState(field.initial);
  useEffect(() => {
    setters[field.key] = setValue;
  }, [field.key]);
  const onChange = (next: string) => {
    (window.__changes[field.key] ??= []).push(next);
    setValue(next);
  };
  const headingId = `${field.key}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{field.label}</h2>
      {field.kind === 'prose' ? (
        <ProseEditor label={field.label} value={value} onChange={onChange} placeholder={field.placeholder} id={field.key} />
      ) : (
        <CodeEditor label={field.label} value={value} onChange={onChange} lang={field.lang} placeholder={field.placeholder} id={field.key} />
      )}
    </section>
  );
}

function Preview(): JSX.Element {
  const [html, setHtml] = useState('');
  const render = async () => {
    const { renderHtml } = await import('../../src/editor/preview/renderHtml');
    setHtml(await renderHtml(window.__previewMarkdown ?? ''));
  };
  return (
    <section aria-label="Rendered preview">
      <button type="button" onClick={render}>
        Render preview
      </button>
      <div data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

function Harness(): JSX.Element {
  const only = new URLSearchParams(location.search).get('only');
  const fields = only ? FIELDS.filter((f) => only.split(',').includes(f.key)) : FIELDS;
  return (
    <main>
      <input aria-label="Before" />
      {fields.map((field) => (
        <Field key={field.key} field={field} />
      ))}
      <input aria-label="After" />
      <Preview />
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('Cannot mount the harness, expected an element with id "root"');
createRoot(root).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);

/**
 * A code field: CodeMirror 6 with the field's language, loaded lazily. Invariants: until CodeMirror
 * arrives (or if it never does) the field is a plain, usable textarea with the same name and value; the
 * editor is created once per mount and never re-created by typing or by prop changes; `onChange` fires
 * only for the author's edits, never for an external value (undo, import), which replaces the document.
 */
import { useEffect, useLayoutEffect, useRef, useState, type JSX } from 'react';
import type { CodeView } from './codeRuntime';
import { loadCodeRuntime, loadedCodeRuntime } from './loadCodeRuntime';
import './CodeEditor.css';

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  /** Accessible name of the editable element (the field's label). */
  label: string;
  /** The field's code. */
  value: string;
  /** Called with the whole code after the author's edits: in idle time, about every 100 ms while typing, at once on blur. */
  onChange(code: string): void;
  /** 'protobuf' | 'rust' | 'toml' | '' (plain text); other values are plain text. */
  lang: string;
  placeholder?: string;
  /** Id of the editable element, for links that jump to the field. */
  id?: string;
}

/** Edit one code field. */
export function CodeEditor({ label, value, onChange, lang, placeholder, id }: CodeEditorProps): JSX.Element {
  const [runtime, setRuntime] = useState(loadedCodeRuntime);
  const hostRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const viewRef = useRef<CodeView | null>(null);
  /** The value this component last saw or emitted; anything else arriving in `value` is external. */
  const known = useRef(value);
  const onChangeRef = useRef(onChange);
  /** Caret of the fallback textarea when CodeMirror replaced it while focused. */
  const handoff = useRef<{ anchor: number; head: number } | null>(null);
  const latest = useRef({ value, lang, label, placeholder, id });

  useEffect(() => {
    onChangeRef.current = onChange;
    latest.current = { value, lang, label, placeholder, id };
  });

  useEffect(() => {
    if (runtime) return;
    let live = true;
    loadCodeRuntime().then(
      (loaded) => {
        if (!live) return;
        const ta = textareaRef.current;
        if (ta && document.activeElement === ta) {
          const backward = ta.selectionDirection === 'backward';
          handoff.current = { anchor: backward ? ta.selectionEnd : ta.selectionStart, head: backward ? ta.selectionStart : ta.selectionEnd };
        }
        setRuntime(loaded);
      },
      () => {
        // Stay on the textarea: the field remains fully editable without CodeMirror.
      },
    );
    return () => {
      live = false;
    };
  }, [runtime]);

  // Create the view once CodeMirror is here; later prop changes reconfigure it instead.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!runtime || !host) return;
    const props = latest.current;
    known.current = props.value;
    const codeView = runtime.createCodeView({
      parent: host,
      doc: props.value,
      lang: props.lang,
      label: props.label,
      placeholder: props.placeholder,
      id: props.id,
      selection: handoff.current ?? undefined,
      onChange: (code) => {
        known.current = code;
        onChangeRef.current(code);
      },
    });
    viewRef.current = codeView;
    if (handoff.current) codeView.focus();
    handoff.current = null;
    return () => {
      viewRef.current = null;
      codeView.destroy();
    };
  }, [runtime]);

  useEffect(() => viewRef.current?.setLang(lang), [lang]);
  useEffect(() => viewRef.current?.setAttributes({ label, placeholder, id }), [label, placeholder, id]);
  useEffect(() => {
    if (value === known.current) return;
    known.current = value;
    viewRef.current?.setDoc(value);
  }, [value]);

  return (
    <div className="sw-code sw-widget-frame" data-lang={lang || 'plain'}>
      {runtime ? (
        <div ref={hostRef} className="sw-code__host" />
      ) : (
        <textarea
          ref={textareaRef}
          id={id}
          className="sw-code__fallback"
          aria-label={label}
          aria-multiline="true"
          placeholder={placeholder}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onChange={(event) => {
            known.current = event.target.value;
            onChangeRef.current(event.target.value);
          }}
        />
      )}
    </div>
  );
}

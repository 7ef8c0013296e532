/**
 * A prose field: rich text (Tiptap) over the field's Markdown, or the Markdown source when the rich editor
 * could not keep the value. Invariants: a value opens in the rich editor only when `checkLossless` accepts
 * it; `onChange` fires only for the author's own edits (never for loading, switching mode or an external
 * value); Tiptap loads lazily, and until it arrives the field is an ordinary, usable textarea.
 */
import { useCallback, useEffect, useId, useRef, useState, type JSX } from 'react';
import { loadedProseRuntime, loadProseRuntime, type ProseRuntime } from './loadProseRuntime';
import { SourceTextarea } from './SourceTextarea';
import './ProseEditor.css';

/** Props of {@link ProseEditor}. */
export interface ProseEditorProps {
  /** Accessible name of the editable element (the field's label). */
  label: string;
  /** The field's Markdown. */
  value: string;
  /** Called with the new Markdown after the author edits; never called for an untouched value. */
  onChange(markdown: string): void;
  /** Shown while the field is empty (the template's hint). */
  placeholder?: string;
  /** Id of the editable element, for links that jump to the field. */
  id?: string;
}

/** `what` is set when the value forced source mode; absent when the author chose source. */
type Mode = { kind: 'loading' } | { kind: 'rich' } | { kind: 'source'; what?: string };

function decide(runtime: ProseRuntime, value: string): Mode {
  const verdict = runtime.checkLossless(value);
  return verdict.ok ? { kind: 'rich' } : { kind: 'source', what: verdict.what };
}

/** Edit one prose field's Markdown, rich when lossless, as source otherwise; a toggle switches the two. */
export function ProseEditor({ label, value, onChange, placeholder, id }: ProseEditorProps): JSX.Element {
  const [runtime, setRuntime] = useState(loadedProseRuntime);
  const [mode, setMode] = useState<Mode>(() => (runtime ? decide(runtime, value) : { kind: 'loading' }));
  /** The value this component last saw or emitted; anything else arriving in `value` is external. */
  const known = useRef(value);
  const onChangeRef = useRef(onChange);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [focusOnLoad, setFocusOnLoad] = useState(false);
  const noteId = useId();

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (runtime) return;
    let live = true;
    loadProseRuntime().then(
      (loaded) => {
        if (!live) return;
        // The author may already be typing in the fallback textarea: keep the caret in the field.
        setFocusOnLoad(document.activeElement === textareaRef.current);
        setRuntime(loaded);
      },
      () => live && setMode({ kind: 'source' }),
    );
    return () => {
      live = false;
    };
  }, [runtime]);

  useEffect(() => {
    if (!runtime) return;
    if (mode.kind === 'loading') {
      known.current = value;
      setMode(decide(runtime, value));
    } else if (value !== known.current) {
      // An external value (undo, import): re-check it, but keep a source view the author chose.
      known.current = value;
      const next = decide(runtime, value);
      if (next.kind === 'source' || (mode.kind === 'source' && mode.what)) setMode(next);
    }
  }, [runtime, value, mode]);

  const emit = useCallback((markdown: string) => {
    known.current = markdown;
    onChangeRef.current(markdown);
  }, []);

  const toggle = () => {
    if (mode.kind === 'rich') setMode({ kind: 'source' });
    else if (runtime) setMode(decide(runtime, value));
  };

  const toggleButton = runtime && (
    <button type="button" className="sw-prose__toggle" aria-pressed={mode.kind === 'source'} onClick={toggle}>
      Markdown source
    </button>
  );

  if (runtime && mode.kind === 'rich') {
    return (
      <div className="sw-prose sw-widget-frame" data-mode="rich">
        <runtime.RichEditor
          label={label}
          value={value}
          onChange={emit}
          placeholder={placeholder}
          id={id}
          autoFocus={focusOnLoad}
          barEnd={toggleButton}
        />
      </div>
    );
  }
  const what = mode.kind === 'source' ? mode.what : undefined;
  return (
    <div className="sw-prose sw-widget-frame" data-mode={mode.kind}>
      <div className="sw-prose__bar">{toggleButton}</div>
      {what && (
        <p id={noteId} className="sw-prose__note">
          Shown as Markdown source: this field contains {what} that the rich editor cannot keep.
        </p>
      )}
      <SourceTextarea
        textareaRef={textareaRef}
        label={label}
        value={value}
        onChange={emit}
        placeholder={placeholder}
        id={id}
        describedBy={what ? noteId : undefined}
      />
    </div>
  );
}

/**
 * The Tiptap editor of a prose field (lazy chunk). Invariants: the editor is created once per mount and
 * never re-created by typing; Markdown is serialized in idle time, about every 100 ms while typing, and at
 * once on blur or unmount; a document equal to the one loaded reports the loaded text itself (no normalization), and
 * nothing at all when that is already the field's value; an external `value` replaces the content without
 * echoing back and without entering the editor's undo history.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import { useEscapeThenTabLeaves } from './useEscapeThenTabLeaves';
import { ProseToolbar } from './ProseToolbar';
import { proseExtensions } from './proseExtensions';
import { serializeProse } from './tiptapMarkdown';
import { heldReport } from '../pendingEdits';

/** How long typing may go on before the Markdown is serialized and reported (at once on blur and before an export). */
const SERIALIZE_DELAY_MS = 100;

/** Props of {@link RichEditor}; see `ProseEditorProps`. */
export interface RichEditorProps {
  label: string;
  value: string;
  onChange(markdown: string): void;
  placeholder?: string;
  id?: string;
  /**
   * Take the focus, caret at the end, as soon as the editor is in the page: in the same commit that removes
   * the fallback textarea the author was typing in, so no key press lands on the page body in between.
   */
  autoFocus?: boolean;
  /** Rendered at the end of the toolbar (the rich/source toggle). */
  barEnd?: ReactNode;
}

/** A Tiptap editor bound to a Markdown value. Only mount it for values `checkLossless` accepts. */
export function RichEditor({ label, value, onChange, placeholder, id, autoFocus, barEnd }: RichEditorProps): JSX.Element {
  const [initial] = useState(value);
  const [focusOnMount] = useState(autoFocus);
  const [extensions] = useState(proseExtensions);
  const onChangeRef = useRef(onChange);
  /** `value`: the field's value as last seen or reported. `loaded`: the document and text last loaded. */
  const sync = useRef({
    value,
    loaded: { doc: null as PmNode | null, text: value },
  });
  const reportRef = useRef(() => {});
  /** The author's edits, reported in the first idle moment SERIALIZE_DELAY_MS after the first unreported key (pendingEdits.ts). */
  const [pending] = useState(() => heldReport(() => reportRef.current(), SERIALIZE_DELAY_MS));

  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(placeholder ? { 'aria-placeholder': placeholder } : {}),
        ...(id ? { id } : {}),
        class: 'sw-prose__content',
      },
    }),
    [label, placeholder, id],
  );

  const editor = useEditor(
    {
      extensions,
      content: initial,
      contentType: 'markdown',
      editorProps,
      // Not Tiptap's `autofocus`: it focuses a task and a frame later, and keys typed meanwhile are lost.
      autofocus: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      onCreate: ({ editor: created }) => {
        sync.current.loaded.doc = created.state.doc;
      },
      onUpdate: () => pending.held(),
      onBlur: () => pending.flush(),
    },
    [],
  );

  /** Report the current Markdown, if it differs from the field's value. */
  reportRef.current = () => {
    const s = sync.current;
    if (editor.isDestroyed) return;
    const doc = editor.state.doc;
    const markdown = s.loaded.doc && doc.eq(s.loaded.doc) ? s.loaded.text : serializeProse(editor.getJSON());
    if (markdown === s.value) return;
    s.value = markdown;
    onChangeRef.current(markdown);
  };

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const s = sync.current;
    if (value === s.value) return;
    // External change (undo, import): it wins over any pending serialization of older content.
    pending.drop();
    s.value = value;
    editor.chain().setMeta('addToHistory', false).setContent(value, { contentType: 'markdown', emitUpdate: false }).run();
    s.loaded = { doc: editor.state.doc, text: value };
  }, [editor, value, pending]);

  useLayoutEffect(() => {
    if (!focusOnMount || editor.isDestroyed) return;
    const { view } = editor;
    view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)).setMeta('addToHistory', false));
    view.focus();
  }, [editor, focusOnMount]);

  // Flush on unmount (switching to source, leaving the page section).
  useEffect(() => () => pending.flush(), [pending]);

  const isEmpty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  const wrapperRef = useEscapeThenTabLeaves<HTMLDivElement>();

  return (
    <div ref={wrapperRef} className="sw-prose__rich">
      <ProseToolbar editor={editor} label={label} end={barEnd} />
      <div className="sw-prose__surface">
        {isEmpty && placeholder && (
          <div className="sw-prose__placeholder" aria-hidden="true">
            {placeholder}
          </div>
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

/**
 * Small inline form to add, change or remove the link at the selection of a rich prose field.
 * Invariant: only URLs Tiptap's link extension accepts are applied (it refuses `javascript:` and friends);
 * Escape or Cancel closes the form and returns focus to the editor.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState, type JSX } from 'react';

interface Props {
  editor: Editor;
  onDone(): void;
}

/** The link form; starts with the current link's address. */
export function LinkForm({ editor, onDone }: Props): JSX.Element {
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const inputId = useId();
  const close = () => {
    onDone();
    editor.commands.focus();
  };
  const apply = () => {
    const url = href.trim();
    const chain = editor.chain().focus().extendMarkRange('link');
    if (!url) chain.unsetLink().run();
    else if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    } else chain.setLink({ href: url }).run();
    onDone();
  };

  return (
    <form
      className="sw-prose__link-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId}>Link URL</label>
      <input id={inputId} type="text" inputMode="url" value={href} autoFocus placeholder="https://" onChange={(e) => setHref(e.target.value)} />
      <button type="submit">Apply</button>
      {editor.isActive('link') && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onDone();
          }}
        >
          Remove link
        </button>
      )}
      <button type="button" onClick={close}>
        Cancel
      </button>
    </form>
  );
}

/**
 * Formatting toolbar of the rich prose editor: bold, italic, code, bullet list, numbered list, link.
 * Invariant: every button has an accessible name and reports its state with aria-pressed; the toolbar
 * re-renders only when one of those states changes, not on every keystroke.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type JSX, type ReactNode } from 'react';
import { LinkForm } from './LinkForm';

interface Props {
  editor: Editor;
  /** The field's label; names the toolbar "<label> formatting". */
  label: string;
  /** Rendered at the far end (the rich/source toggle). */
  end?: ReactNode;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** The toolbar above a rich prose field. */
export function ProseToolbar({ editor, label, end }: Props): JSX.Element {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      code: e.isActive('code'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const [linking, setLinking] = useState(false);
  const chain = () => editor.chain().focus();

  const buttons: Array<{ name: string; glyph: string; keys?: string; pressed: boolean; run(): void }> = [
    { name: 'Bold', glyph: 'B', keys: `${mod}B`, pressed: active.bold, run: () => chain().toggleBold().run() },
    { name: 'Italic', glyph: 'I', keys: `${mod}I`, pressed: active.italic, run: () => chain().toggleItalic().run() },
    { name: 'Code', glyph: '</>', keys: `${mod}E`, pressed: active.code, run: () => chain().toggleCode().run() },
    { name: 'Bullet list', glyph: '• List', pressed: active.bulletList, run: () => chain().toggleBulletList().run() },
    { name: 'Numbered list', glyph: '1. List', pressed: active.orderedList, run: () => chain().toggleOrderedList().run() },
    { name: 'Link', glyph: 'Link', pressed: active.link || linking, run: () => setLinking((open) => !open) },
  ];

  return (
    <div className="sw-prose__bar">
      <div className="sw-prose__tools" role="toolbar" aria-label={`${label} formatting`}>
        {buttons.map((b) => (
          <button
            key={b.name}
            type="button"
            className={`sw-prose__tool sw-prose__tool--${b.name.toLowerCase().replace(' ', '-')}`}
            aria-label={b.name}
            aria-pressed={b.pressed}
            title={b.keys ? `${b.name} (${b.keys})` : b.name}
            // Keep the editor's selection: the click must not move focus before the command runs.
            onMouseDown={(event) => event.preventDefault()}
            onClick={b.run}
          >
            <span aria-hidden="true">{b.glyph}</span>
          </button>
        ))}
      </div>
      {end}
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}

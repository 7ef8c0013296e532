/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes over the whole document, except inside a rich
 * text (Tiptap) or code (CodeMirror) editor: there the editor's own undo runs, step by step within that
 * field, and its result reaches the document like any edit. Two histories on one key would fight; the
 * field's own is what a user expects while the caret is in it. The Undo and Redo buttons always act on the
 * whole document. Inputs and textareas use the global history: React-controlled inputs have no reliable
 * native undo.
 */
import { useEffect } from 'react';
import { redo, undo } from '../../store/undo';
import { sessionStore } from '../../store/persist/sessionState';

/** True when `el` is inside an editor widget that has its own undo history, or a dialog. */
function hasOwnUndo(el: Element | null): boolean {
  return el?.closest('.ProseMirror, .cm-editor, dialog') != null;
}

/** Installs the page-wide undo and redo keys. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey);
      if (!isUndo && !isRedo) return;
      if (hasOwnUndo(document.activeElement)) return;
      e.preventDefault();
      if (sessionStore.getState().readOnly) return;
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

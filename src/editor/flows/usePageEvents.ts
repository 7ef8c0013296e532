/**
 * Page-wide input: a Markdown file dropped anywhere, Markdown pasted outside any field, Ctrl/Cmd+S to save,
 * and a warning before leaving with unsaved changes.
 */
import { useEffect, useState } from 'react';
import { sessionStore } from '../../store/persist/sessionState';
import { useSpecStore } from '../../store/store';
import type { DocumentFlows } from './useDocumentFlows';
import { flushDrafts } from '../../store/persist/session';
import { flushPendingEdits } from '../widgets/pendingEdits';

const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));

/** True for targets that take typed or pasted text themselves. */
function isEditable(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t.closest('input, textarea, select, [contenteditable], .cm-editor, dialog') !== null;
}

/** Installs the page handlers; returns whether a file is being dragged over the page. */
export function usePageEvents(flows: DocumentFlows): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void flows.importFile(file);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || isEditable(document.activeElement)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      e.preventDefault();
      // Only text that looks like a document is taken as an import; anything else gets a pointer instead.
      if (/^#{1,6}\s/m.test(text)) void flows.importText(text, null);
      else flows.hintPaste();
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flows.save();
      }
    };
    // Leaving the page: the editors' held keys go to the store and on to the draft at once.
    const onHide = () => {
      flushPendingEdits();
      void flushDrafts();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    const onUnload = (e: BeforeUnloadEvent) => {
      flushPendingEdits();
      // A read-only tab shows another tab's draft: closing it loses nothing.
      if (useSpecStore.getState().dirty && !sessionStore.getState().readOnly) e.preventDefault();
    };
    // One signal removes every listener when the flows change or the shell unmounts.
    const listeners = new AbortController();
    const on = { signal: listeners.signal };
    window.addEventListener('dragenter', onEnter, on);
    window.addEventListener('dragleave', onLeave, on);
    window.addEventListener('dragover', onOver, on);
    window.addEventListener('drop', onDrop, on);
    document.addEventListener('paste', onPaste, on);
    window.addEventListener('keydown', onKey, on);
    window.addEventListener('beforeunload', onUnload, on);
    window.addEventListener('pagehide', onHide, on);
    document.addEventListener('visibilitychange', onVisibility, on);
    return () => listeners.abort();
  }, [flows]);

  return dragging;
}

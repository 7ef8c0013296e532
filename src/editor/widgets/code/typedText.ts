/**
 * Typed characters go straight into the CodeMirror state instead of through the browser's contenteditable.
 *
 * By default a key typed into CodeMirror is inserted by the browser into the editor's DOM; CodeMirror then reads
 * the change back from a MutationObserver, diffs it against its document, dispatches it and checks the DOM
 * against the result. Handling the `beforeinput` of a plain insertion ourselves (cancel it, dispatch the same
 * change CodeMirror would) skips the browser's editing command and the read-back. Only `insertText` outside a
 * composition is taken: IME input, dead keys, paste, drop, spelling corrections, deletions and line breaks
 * keep CodeMirror's own handling. The text goes where the browser would have put it (the event's target
 * range), so a selection change the editor has not read yet is still respected. In the 1 MB
 * benchmark spec's code field this took the median time from keydown to the frame's rAF from about 6.0 to
 * 5.5 ms (docs/performance.md, eighth session).
 */
import { EditorView } from '@codemirror/view';
import type { Transaction, TransactionSpec } from '@codemirror/state';

/** Android keyboards compose everything and misreport cancelled input; leave them to CodeMirror. */
const isAndroid = typeof navigator !== 'undefined' && /Android/i.test(navigator.userAgent);

function targetRange(view: EditorView, event: InputEvent): { from: number; to: number } | null {
  const ranges = event.getTargetRanges();
  if (ranges.length !== 1) return ranges.length === 0 ? view.state.selection.main : null;
  const range = ranges[0]!;
  try {
    const from = view.posAtDOM(range.startContainer, range.startOffset);
    const to = range.collapsed ? from : view.posAtDOM(range.endContainer, range.endOffset);
    return from <= to ? { from, to } : null;
  } catch {
    return null;
  }
}

export const typedText = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const text = event.data;
    if (isAndroid || event.inputType !== 'insertText' || !text || /[\r\n]/.test(text)) return false;
    if (event.isComposing || view.composing || !event.cancelable || view.state.readOnly) return false;
    // Several cursors (not enabled in Specwright's fields, but a language could) are CodeMirror's to handle.
    if (view.state.selection.ranges.length > 1) return false;
    const range = targetRange(view, event);
    if (!range) return false;
    event.preventDefault();
    const { from, to } = range;
    let tr: Transaction | undefined;
    const spec: TransactionSpec = {
      changes: { from, to, insert: text },
      selection: { anchor: from + text.length },
      userEvent: 'input.type',
      scrollIntoView: true,
    };
    const defaultInsert = () => (tr ??= view.state.update(spec));
    if (!view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, text, defaultInsert))) view.dispatch(defaultInsert());
    return true;
  },
});

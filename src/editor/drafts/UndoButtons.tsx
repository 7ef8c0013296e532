/** The Undo and Redo buttons (whole document, whatever has focus) and the page-wide keys. */
import { redo, undo, useUndoAvailability } from '../../store/undo';
import { useUndoKeys } from './useUndoKeys';
import { useReadOnly } from './useSession';

export function UndoButtons() {
  useUndoKeys();
  const { canUndo, canRedo } = useUndoAvailability();
  const readOnly = useReadOnly();
  return (
    <>
      <button type="button" className="button" aria-keyshortcuts="Control+Z Meta+Z" disabled={!canUndo || readOnly} onClick={() => undo()}>
        Undo
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        disabled={!canRedo || readOnly}
        onClick={() => redo()}
      >
        Redo
      </button>
    </>
  );
}

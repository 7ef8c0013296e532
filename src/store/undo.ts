/**
 * Undo and redo over the whole document. Invariant: a step restores the document exactly as it was (spec,
 * imported source, row ids, export mode, file name) and counts as an edit not yet exported; the next edit
 * after an undo or redo always starts a new step.
 */
import { useStore } from 'zustand';
import { breakCoalescing } from './history';
import { useSpecStore } from './store';

let replaying = 0;

function step(kind: 'undo' | 'redo'): boolean {
  const history = useSpecStore.temporal.getState();
  if ((kind === 'undo' ? history.pastStates : history.futureStates).length === 0) return false;
  breakCoalescing();
  replaying++;
  try {
    history[kind]();
    // Not a step itself: `dirty` is outside the snapshots, so this records nothing.
    useSpecStore.setState({ dirty: true });
  } finally {
    replaying--;
  }
  return true;
}

/** Restores the document as it was before the last step; false when there is nothing to undo. */
export const undo = (): boolean => step('undo');
/** Re-applies the last undone step; false when there is nothing to redo. */
export const redo = (): boolean => step('redo');

/** True while an undo or redo is being applied (store subscribers use it to tell replays from new edits). */
export const isReplaying = (): boolean => replaying > 0;

/** Forgets every step (after opening another draft: its history is not this document's). */
export function clearHistory(): void {
  breakCoalescing();
  useSpecStore.temporal.getState().clear();
}

/** Whether Undo and Redo have anything to do, for the buttons. */
export function useUndoAvailability(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(useSpecStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useSpecStore.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}

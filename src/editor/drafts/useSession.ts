/** The drafts session as React sees it: each component selects the smallest slice it shows. */
import { useStore } from 'zustand';
import { sessionStore, type SessionState } from '../../store/persist/sessionState';

/** A slice of the drafts session. */
export function useSession<T>(select: (s: SessionState) => T): T {
  return useStore(sessionStore, select);
}

/** True while this tab shows a draft another tab edits. */
export function useReadOnly(): boolean {
  return useSession((s) => s.readOnly !== null);
}

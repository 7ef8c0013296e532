/**
 * Where the work stands, in the header: "Saved in browser" (or "Saving…", or why it is not saved) and
 * "Not yet exported" while there are edits that were not downloaded, copied or saved to a file. While the
 * author types, autosave writes every 100-200 ms: the chip says "Saving…" from the first edit until
 * SAVED_AFTER_MS after the last write, instead of flickering (and re-laying out the header) on every write.
 */
import { useEffect, useState } from 'react';
import { useSpecStore } from '../../store/store';
import { useSession } from './useSession';
import './drafts.css';

/** Quiet time after the last write before the chip says "Saved in browser". */
export const SAVED_AFTER_MS = 800;

/** True while `pending`, and for `ms` after it last was. */
function useLingering(pending: boolean, ms: number): boolean {
  const [lingering, setLingering] = useState(false);
  useEffect(() => {
    if (pending) {
      setLingering(true);
      return;
    }
    const timer = setTimeout(() => setLingering(false), ms);
    return () => clearTimeout(timer);
  }, [pending, ms]);
  return pending || lingering;
}

export function SaveStatus() {
  const unexported = useSpecStore((s) => s.dirty);
  const storage = useSession((s) => s.storage);
  const hasDraft = useSession((s) => s.draftId !== null);
  const saving = useLingering(useSession((s) => s.pending), SAVED_AFTER_MS);
  const readOnly = useSession((s) => s.readOnly !== null);

  let saved: { text: string; tone: 'ok' | 'warn' | 'muted'; title?: string } | null = null;
  if (readOnly) saved = { text: 'Read-only', tone: 'warn', title: 'Another tab edits this draft' };
  else if (storage.kind === 'memory') saved = { text: 'Not saved in browser', tone: 'warn', title: `Kept in this tab only: ${storage.reason}` };
  else if (storage.kind === 'browser' && hasDraft) {
    saved = saving
      ? { text: 'Saving…', tone: 'muted' }
      : {
          text: 'Saved in browser',
          tone: 'ok',
          title: storage.persistent === false ? 'The browser may clear it when space runs low: export to keep it' : undefined,
        };
  }
  return (
    <span className="save-status">
      {saved && (
        <span className={`save-chip ${saved.tone}`} title={saved.title}>
          {saved.text}
        </span>
      )}
      {unexported && <span className="save-chip warn">Not yet exported</span>}
    </span>
  );
}

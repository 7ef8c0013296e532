/**
 * Where the work stands, in the header: "Saved in browser" (or "Saving…", or why it is not saved) and
 * "Not yet exported" while there are edits that were not downloaded, copied or saved to a file.
 */
import { useSpecStore } from '../../store/store';
import { useSession } from './useSession';
import './drafts.css';


export function SaveStatus() {
  const unexported = useSpecStore((s) => s.dirty);
  const storage = useSession((s) => s.storage);
  const hasDraft = useSession((s) => s.draftId !== null);
  const pending = useSession((s) => s.pending);
  const readOnly = useSession((s) => s.readOnly !== null);

  let saved: { text: string; tone: 'ok' | 'warn' | 'muted'; title?: string } | null = null;
  if (readOnly) saved = { text: 'Read-only', tone: 'warn', title: 'Another tab edits this draft' };
  else if (storage.kind === 'memory') saved = { text: 'Not saved in browser', tone: 'warn', title: `Kept in this tab only: ${storage.reason}` };
  else if (storage.kind === 'browser' && hasDraft) {
    saved = pending
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

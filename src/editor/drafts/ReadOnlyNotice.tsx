/**
 * When another tab edits the open draft: a dialog at first (read-only or take over), then a banner for as
 * long as this tab stays read-only. The form itself is made inert by the shell (`useReadOnly`).
 */
import { useState } from 'react';
import { takeOver } from '../../store/persist/session';
import type { ReadOnlyReason } from '../../store/persist/sessionState';
import { Modal } from '../dialogs/Modal';
import { useSession } from './useSession';

const WHY: Record<ReadOnlyReason, string> = {
  'open-elsewhere': 'This draft is open in another tab.',
  'taken-over': 'Another tab took over this draft.',
  'changed-elsewhere': 'Another tab changed this draft.',
};

export function ReadOnlyNotice() {
  const reason = useSession((s) => s.readOnly);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const draftId = useSession((s) => s.draftId);
  if (!reason) return null;
  const askFirst = reason === 'open-elsewhere' && dismissedFor !== draftId;
  return (
    <>
      <div className="readonly-banner" role="region" aria-label="Read-only">
        <p>
          <strong>Read-only.</strong> {WHY[reason]} Edits here are not saved. Start a new spec or open another draft to work on
          something else.
        </p>
        <button type="button" className="button small primary" onClick={() => void takeOver()}>
          Take over
        </button>
      </div>
      {askFirst && (
        <Modal title="This spec is open in another tab" onClose={() => setDismissedFor(draftId)} describedBy="elsewhere-text">
          <p id="elsewhere-text">
            Editing it here as well would overwrite one tab’s work with the other’s. View it read-only here, or take it over: the
            other tab saves its last edits and turns read-only.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus onClick={() => setDismissedFor(draftId)}>
              Open read-only
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setDismissedFor(draftId);
                void takeOver();
              }}
            >
              Take over
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

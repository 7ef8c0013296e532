/** Asks before an import or a new spec replaces unsaved work. */
import { Modal } from './Modal';

export function ConfirmReplaceDialog({ onAnswer }: { onAnswer(replace: boolean): void }) {
  return (
    <Modal title="Replace the current spec?" onClose={() => onAnswer(false)} describedBy="confirm-replace-text">
      <p id="confirm-replace-text">
        You have changes that were not exported (saved to a file, downloaded or copied). The current spec stays in Drafts if you continue.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => onAnswer(false)}>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={() => onAnswer(true)}>
          Replace
        </button>
      </div>
    </Modal>
  );
}

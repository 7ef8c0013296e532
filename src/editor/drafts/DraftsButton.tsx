/** The header's "Drafts" button and the list it opens. */
import { useState } from 'react';
import { DraftsDialog } from './DraftsDialog';

export function DraftsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Drafts
      </button>
      {open && <DraftsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

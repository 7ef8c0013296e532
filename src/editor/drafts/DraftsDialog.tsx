/**
 * The list of recent drafts kept in this browser: open one, rename it, delete it (with Undo while the list
 * is open). The open draft cannot be deleted, and one open in another tab is marked so.
 */
import { useEffect, useState } from 'react';
import type { DraftMeta } from '../../store/persist/draft';
import { displayName } from '../../store/persist/draft';
import { deleteDraft, refreshDrafts, renameDraft, restoreDraft } from '../../store/persist/draftList';
import { openDraft } from '../../store/persist/session';
import { Modal } from '../dialogs/Modal';
import { lastEdited } from './lastEdited';
import { useSession } from './useSession';

type Deleted = NonNullable<Awaited<ReturnType<typeof deleteDraft>>>;

function RenameForm({ meta, onDone }: { meta: DraftMeta; onDone(): void }) {
  const [name, setName] = useState(displayName(meta));
  return (
    <form
      className="draft-rename"
      onSubmit={(e) => {
        e.preventDefault();
        void renameDraft(meta.id, name).then(onDone);
      }}
    >
      <label htmlFor={`rename-${meta.id}`}>New name</label>
      <input id={`rename-${meta.id}`} type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button small primary">
        Rename
      </button>
      <button type="button" className="button small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function DraftItem({ meta, onOpen, onDelete }: { meta: DraftMeta; onOpen(): void; onDelete(): void }) {
  const current = useSession((s) => s.draftId === meta.id);
  const elsewhere = useSession((s) => s.elsewhere.includes(meta.id));
  const [renaming, setRenaming] = useState(false);
  const name = displayName(meta);
  return (
    <li className="draft-item" aria-current={current ? 'true' : undefined}>
      <div className="draft-info">
        <span className="draft-name">{name}</span>
        <span className="draft-detail">
          {meta.fileName ? `from ${meta.fileName}` : 'started here'} · edited <time dateTime={new Date(meta.updatedAt).toISOString()}>{lastEdited(meta.updatedAt, Date.now())}</time>
          {current && ' · open here'}
          {elsewhere && ' · open in another tab'}
        </span>
      </div>
      {renaming ? (
        <RenameForm meta={meta} onDone={() => setRenaming(false)} />
      ) : (
        <div className="draft-actions">
          <button type="button" className="button small" disabled={current} aria-label={`Open ${name}`} onClick={onOpen}>
            Open
          </button>
          <button type="button" className="button small" aria-label={`Rename ${name}`} onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button
            type="button"
            className="button small danger"
            disabled={current || elsewhere}
            title={current ? 'Open another draft first' : elsewhere ? 'Open in another tab' : undefined}
            aria-label={`Delete ${name}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function DraftsDialog({ onClose }: { onClose(): void }) {
  const drafts = useSession((s) => s.drafts);
  const inMemory = useSession((s) => s.storage.kind === 'memory');
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  useEffect(() => void refreshDrafts(), []);

  return (
    <Modal title="Drafts" onClose={onClose} describedBy="drafts-text">
      <p id="drafts-text" className="muted">
        {inMemory
          ? 'Browser storage is unavailable: these drafts last only while this tab is open.'
          : 'Every change is saved in this browser as you type. Export to keep a copy elsewhere.'}
      </p>
      {deleted && (
        <p className="draft-deleted" role="status">
          Deleted “{displayName(deleted.meta)}”.{' '}
          <button type="button" className="button small" onClick={() => void restoreDraft(deleted).then(() => setDeleted(null))}>
            Undo
          </button>
        </p>
      )}
      {drafts.length === 0 ? (
        <p>No drafts yet: start typing and your spec is kept here.</p>
      ) : (
        <ul className="drafts-list" aria-label="Recent drafts">
          {drafts.map((m) => (
            <DraftItem
              key={m.id}
              meta={m}
              onOpen={() => {
                onClose();
                void openDraft(m.id);
              }}
              onDelete={() => void deleteDraft(m.id).then((d) => d && setDeleted(d))}
            />
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

/** Asks for the new component's name, then starts an empty spec. */
import { useState } from 'react';
import { Modal } from './Modal';

export function NewSpecDialog({ onCreate, onClose }: { onCreate(name: string): void; onClose(): void }) {
  const [name, setName] = useState('');
  return (
    <Modal title="New spec" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(name);
        }}
      >
        <label htmlFor="new-spec-name">Component name</label>
        <input
          id="new-spec-name"
          type="text"
          autoFocus
          autoComplete="off"
          placeholder="e.g. Chainfire"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}

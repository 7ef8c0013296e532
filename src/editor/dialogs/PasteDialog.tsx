/** Takes Markdown text pasted by hand and imports it. */
import { useState } from 'react';
import { Modal } from './Modal';

export function PasteDialog({ onImport, onClose }: { onImport(text: string): void; onClose(): void }) {
  const [text, setText] = useState('');
  return (
    <Modal title="Paste Markdown" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onImport(text);
        }}
      >
        <label htmlFor="paste-markdown-text">Markdown text</label>
        <textarea
          id="paste-markdown-text"
          className="source-editor paste-area"
          autoFocus
          spellCheck={false}
          placeholder="# Component Name Specification"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            Import
          </button>
        </div>
      </form>
    </Modal>
  );
}

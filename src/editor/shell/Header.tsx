/** The sticky header: the app name, the component name, and the document actions. */
import { useRef } from 'react';
import { useSpecStore } from '../../store/store';
import type { DocumentFlows } from '../flows/useDocumentFlows';
import { TitleField } from '../form/MetaForm';
import { DraftsButton } from '../drafts/DraftsButton';
import { ReadOnlyZone } from '../drafts/ReadOnlyZone';
import { SaveStatus } from '../drafts/SaveStatus';
import { UndoButtons } from '../drafts/UndoButtons';
import { useShell } from './ShellContext';
import { useHeightAsStyle } from './useHeightAsStyle';

/**
 * Keeps `--header-h` (where the sticky side panes start, and the page's scroll padding, so what is scrolled into
 * view stops below the header) equal to the header's real height: its toolbar wraps to a second row on narrower
 * windows, and a fixed value let the header cover the top of the outline and preview and push their last lines
 * below the window.
 */
function useHeaderHeightVariable() {
  const ref = useRef<HTMLElement>(null);
  useHeightAsStyle(ref, () => document.documentElement, '--header-h');
  return ref;
}

export function Header({ flows }: { flows: DocumentFlows }) {
  const shell = useShell();
  const headerRef = useHeaderHeightVariable();
  const fileName = useSpecStore((s) => s.file.name);
  const canNormalize = useSpecStore((s) => s.source !== null);
  const normalized = useSpecStore((s) => s.exportMode === 'canonical');
  return (
    <header className="app-header" ref={headerRef}>
      <div className="brand">
        <h1>Specwright</h1>
        <span className="file-state" aria-live="off">
          {fileName ?? 'New spec'}
          <SaveStatus />
        </span>
      </div>
      <ReadOnlyZone>
        <TitleField />
      </ReadOnlyZone>
      <div className="toolbar" role="group" aria-label="Document actions">
        <UndoButtons />
        <DraftsButton />
        <button type="button" className="button" onClick={() => void flows.newSpec()}>
          New spec
        </button>
        <button type="button" className="button" onClick={() => void flows.openFile()}>
          Import Markdown
        </button>
        <button type="button" className="button" onClick={() => shell.openDialog('paste')}>
          Paste Markdown
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={canNormalize ? normalized : undefined}
          disabled={!canNormalize}
          title="Write the whole document in the template's layout instead of keeping the imported formatting"
          onClick={() => useSpecStore.getState().setExportMode(normalized ? 'preserving' : 'canonical')}
        >
          Normalize to template
        </button>
        <button type="button" className="button" onClick={() => void flows.copy()}>
          Copy Markdown
        </button>
        <button type="button" className="button" onClick={flows.download}>
          Download Markdown
        </button>
        <button type="button" className="button primary" aria-keyshortcuts="Control+S Meta+S" onClick={() => void flows.save()}>
          Save
        </button>
      </div>
    </header>
  );
}

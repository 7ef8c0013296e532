/**
 * The app shell: header, outline, form and live preview, plus the dialogs and page-wide handlers. Holds only
 * UI state (messages, which dialog is open); the document lives in the store.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { TEMPLATE } from '../spec';
import { useSpecStore } from '../store/store';
import { ConfirmReplaceDialog } from './dialogs/ConfirmReplaceDialog';
import { NewSpecDialog } from './dialogs/NewSpecDialog';
import { PasteDialog } from './dialogs/PasteDialog';
import { ReadOnlyNotice } from './drafts/ReadOnlyNotice';
import { SessionNotices } from './drafts/SessionNotices';
import { useReadOnly } from './drafts/useSession';
import { useDocumentFlows } from './flows/useDocumentFlows';
import { usePageEvents } from './flows/usePageEvents';
import { UnplacedExtras } from './form/ExtraBlocks';
import { MetaForm, MetaFormProvider } from './form/MetaForm';
import { SectionForm } from './form/SectionForm';
import { DiagnosticsPanel } from './shell/DiagnosticsPanel';
import { Header } from './shell/Header';
import { Notices, type Notice } from './shell/Notices';
import { Outline } from './shell/Outline';
import { PreviewPane } from './shell/PreviewPane';
import { ShellContext, type Shell } from './shell/ShellContext';

const INFO_MS = 5000;

function Workspace() {
  const flows = useDocumentFlows();
  const dragging = usePageEvents(flows);
  const docId = useSpecStore((s) => s.docId);
  const readOnly = useReadOnly();
  return (
    <MetaFormProvider key={docId}>
      <a className="skip-link" href="#form">
        Skip to the form
      </a>
      <Header flows={flows} />
      <div className="panes">
        <Outline />
        <main className="pane form-pane" id="form" tabIndex={-1} inert={readOnly}>
          <DiagnosticsPanel />
          <MetaForm />
          {TEMPLATE.map((s) => (
            <SectionForm key={s.id} section={s} />
          ))}
          <UnplacedExtras />
        </main>
        <PreviewPane />
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a Markdown file to import it</p>
        </div>
      )}
    </MetaFormProvider>
  );
}

export function App() {
  const [info, setInfo] = useState<Notice | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<'new' | 'paste' | 'confirm' | null>(null);
  const answer = useRef<((replace: boolean) => void) | null>(null);
  const seq = useRef(0);
  const infoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const shell = useMemo<Shell>(
    () => ({
      notify(message, tone = 'info') {
        const notice = { id: ++seq.current, message, tone };
        if (tone === 'error') return setError(notice);
        setError(null);
        setInfo(notice);
        clearTimeout(infoTimer.current);
        infoTimer.current = setTimeout(() => setInfo(null), INFO_MS);
      },
      confirmReplace: () =>
        new Promise<boolean>((resolve) => {
          answer.current = resolve;
          setDialog('confirm');
        }),
      openDialog: (kind) => setDialog(kind),
    }),
    [],
  );

  const close = useCallback(() => setDialog(null), []);
  const onAnswer = (replace: boolean) => {
    setDialog(null);
    answer.current?.(replace);
    answer.current = null;
  };

  return (
    <ShellContext.Provider value={shell}>
      <div className="app">
        <ReadOnlyNotice />
        <Workspace />
        <DialogHost dialog={dialog} close={close} onAnswer={onAnswer} />
        <Notices info={info} error={error} onDismiss={() => setError(null)} />
        <SessionNotices />
      </div>
    </ShellContext.Provider>
  );
}

/** The open dialog, if any: the replace confirmation, New spec, or Paste Markdown. */
function DialogHost(props: { dialog: string | null; close(): void; onAnswer(replace: boolean): void }) {
  const flows = useDocumentFlows();
  return (
    <>
      {props.dialog === 'confirm' && <ConfirmReplaceDialog onAnswer={props.onAnswer} />}
      {props.dialog === 'new' && (
        <NewSpecDialog
          onClose={props.close}
          onCreate={(name) => {
            props.close();
            useSpecStore.getState().newSpec(name);
          }}
        />
      )}
      {props.dialog === 'paste' && (
        <PasteDialog
          onClose={props.close}
          onImport={(text) => {
            props.close();
            void flows.importText(text, null);
          }}
        />
      )}
    </>
  );
}

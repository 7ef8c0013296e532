/**
 * The user-facing document flows: new spec, import (file, drop, paste), download, copy, save. Each flow
 * reports its outcome to the user; none ever replaces the current work on bad input or without asking.
 */
import { useMemo } from 'react';
import type { ImportResult } from '../../markdown';
import { importInBackground } from '../../store/importInBackground';
import { sessionStore } from '../../store/persist/sessionState';
import { useSpecStore } from '../../store/store';
import { copyText } from '../io/clipboard';
import { chooseFileWithInput } from '../io/chooseFile';
import { downloadText } from '../io/download';
import { canOpenWithHandle, hasHandle, pickMarkdownFile, writeToHandle } from '../io/fileAccess';
import { exportFileName } from '../io/fileName';
import { pastedTextProblem, readImportFile } from '../io/readFile';
import { useShell, type Shell } from '../shell/ShellContext';
import { exportText } from './exportText';
import { flushPendingEdits } from '../widgets/pendingEdits';

const UNCHANGED = 'Your current spec is unchanged.';
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function flows(shell: Shell) {
  const store = useSpecStore.getState;

  /** True when there is nothing unexported, the document is another tab's (read-only here), or the user agreed. */
  const mayReplace = async () => (flushPendingEdits(), !store().dirty) || sessionStore.getState().readOnly !== null || (await shell.confirmReplace());

  const importText = async (text: string, name: string | null, handleId: number | null = null) => {
    const problem = name === null ? pastedTextProblem(text) : null;
    if (problem) {
      shell.notify(`${problem} ${UNCHANGED}`, 'error');
      return false;
    }
    if (!(await mayReplace())) return false;
    if (text.length > 100_000) shell.notify(`Importing ${name ?? 'the pasted text'}…`);
    let result: ImportResult;
    try {
      // Parsed in a worker: a large file takes seconds, and the page keeps responding meanwhile.
      result = await importInBackground(text);
    } catch (e) {
      shell.notify(`Could not import ${name ?? 'the pasted text'}: ${errorText(e)} ${UNCHANGED}`, 'error');
      return false;
    }
    store().openImport(result, name, handleId);
    const n = result.diagnostics.length;
    shell.notify(`Imported ${name ?? 'pasted Markdown'}${n ? `, ${n} note${n > 1 ? 's' : ''} below` : ''}.`);
    return true;
  };

  const importFile = async (file: File, handleId: number | null = null) => {
    const read = await readImportFile(file);
    if (!read.ok) return shell.notify(`${read.error} ${UNCHANGED}`, 'error');
    if (read.kind === 'markdown') return void (await importText(read.text, read.name, handleId));
    if (!(await mayReplace())) return;
    // Downloads are Markdown: name them after the JSON file, with .md.
    store().openSpec(read.spec, read.name.replace(/\.json$/i, '.md'));
    shell.notify(`Opened ${read.name} (spec JSON).`);
  };

  /** The export text, or null after telling the user why there is none. */
  const exportNow = (): string | null => {
    flushPendingEdits(); // the last keys typed into a rich or code editor (Ctrl+S does not leave the field)
    try {
      return exportText(store());
    } catch (e) {
      shell.notify(`Could not write the Markdown: ${errorText(e)}`, 'error');
      return null;
    }
  };

  const download = () => {
    const text = exportNow();
    if (text === null) return;
    const s = store();
    const name = exportFileName(s.spec.title, s.file.name);
    downloadText(name, text);
    s.markSaved();
    shell.notify(`Downloaded ${name}.`);
  };

  return {
    importText,
    importFile,
    download,

    async openFile() {
      try {
        if (canOpenWithHandle()) {
          const picked = await pickMarkdownFile();
          if (picked) await importFile(picked.file, picked.handleId);
        } else {
          const file = await chooseFileWithInput();
          if (file) await importFile(file);
        }
      } catch (e) {
        shell.notify(`Could not open the file: ${errorText(e)} ${UNCHANGED}`, 'error');
      }
    },

    /** Pasted text outside the fields that has no heading is not imported; tell the user how to. */
    hintPaste() {
      shell.notify('To import pasted text as a spec, use Paste Markdown. Click into a field to paste into it.');
    },

    async newSpec() {
      if (await mayReplace()) shell.openDialog('new');
    },

    async copy() {
      const text = exportNow();
      if (text === null) return;
      try {
        await copyText(text);
        shell.notify('Copied the Markdown to the clipboard.');
      } catch (e) {
        shell.notify(`Could not copy: ${errorText(e)}`, 'error');
      }
    },

    /** Writes back to the opened file where the browser allows it; downloads otherwise. */
    async save() {
      const { file } = store();
      if (!hasHandle(file.handleId)) return download();
      const text = exportNow();
      if (text === null) return;
      try {
        await writeToHandle(file.handleId, text);
        store().markSaved();
        shell.notify(`Saved ${file.name ?? 'the file'}.`);
      } catch (e) {
        shell.notify(`Could not save to ${file.name ?? 'the file'}: ${errorText(e)}. Use Download Markdown instead.`, 'error');
      }
    },
  };
}

export type DocumentFlows = ReturnType<typeof flows>;

/** The flows, bound to the shell. */
export function useDocumentFlows(): DocumentFlows {
  const shell = useShell();
  return useMemo(() => flows(shell), [shell]);
}

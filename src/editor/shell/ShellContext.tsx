/** What flows need from the shell: messages to the user, the replace confirmation, the dialogs. */
import { createContext, useContext } from 'react';

export type Tone = 'info' | 'error';

export interface Shell {
  /** Shows a message: info in a polite status line, errors in an alert that stays until dismissed. */
  notify(message: string, tone?: Tone): void;
  /** Asks whether to replace unsaved work; resolves true to go ahead. */
  confirmReplace(): Promise<boolean>;
  openDialog(kind: 'new' | 'paste'): void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('Cannot use the shell, expected to be inside <App>');
  return shell;
}

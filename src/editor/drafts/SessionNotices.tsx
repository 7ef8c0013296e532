/** Passes the drafts session's messages (storage unavailable or full, another tab) to the shell's message line. */
import { useEffect } from 'react';
import { useShell } from '../shell/ShellContext';
import { useSession } from './useSession';

export function SessionNotices() {
  const shell = useShell();
  const notice = useSession((s) => s.notice);
  useEffect(() => {
    if (notice) shell.notify(notice.text, notice.tone);
  }, [notice, shell]);
  return null;
}

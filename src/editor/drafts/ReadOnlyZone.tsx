/** Makes its children inert (no focus, no input) while this tab is read-only; adds no box of its own. */
import type { ReactNode } from 'react';
import { useReadOnly } from './useSession';

export function ReadOnlyZone({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  return (
    <div className="readonly-zone" inert={readOnly}>
      {children}
    </div>
  );
}

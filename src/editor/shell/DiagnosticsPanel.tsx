/** What the import noticed (kept extra sections, unknown statuses, ...), each with a way to the place it concerns. */
import { useState } from 'react';
import { useSpecStore } from '../../store/store';
import { diagnosticPlace, jumpTo } from './jump';

export function DiagnosticsPanel() {
  const diagnostics = useSpecStore((s) => s.diagnostics);
  const source = useSpecStore((s) => s.source);
  const [open, setOpen] = useState(true);
  if (diagnostics.length === 0) return null;
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-heading">
      <div className="pane-head">
        <h2 id="diagnostics-heading">Import notes ({diagnostics.length})</h2>
        <button type="button" className="button small" aria-expanded={open} aria-controls="diagnostics-list" onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <ul id="diagnostics-list" className="diagnostics-list">
          {diagnostics.map((d, i) => {
            const place = diagnosticPlace(d, source);
            return (
              <li key={i} className={`diagnostic ${d.severity}`}>
                <span className="severity">{d.severity}</span>
                <span className="message">{d.message}</span>
                {place ? (
                  <button type="button" className="link-button" onClick={() => jumpTo(place)}>
                    Line {d.line}
                    <span className="sr-only">: go to the place it concerns</span>
                  </button>
                ) : (
                  <span className="muted">Line {d.line}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

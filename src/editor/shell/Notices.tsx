/** The message line: info in a polite live region that fades after a while, errors in an alert kept until dismissed. */
export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
}

export function Notices({ info, error, onDismiss }: { info: Notice | null; error: Notice | null; onDismiss(): void }) {
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="notice-slot">
        {info && (
          <p key={info.id} className="notice info">
            {info.message}
          </p>
        )}
      </div>
      <div role="alert" className="notice-slot">
        {error && (
          <p key={error.id} className="notice error">
            <span>{error.message}</span>
            <button type="button" className="link-button" onClick={onDismiss}>
              Dismiss
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

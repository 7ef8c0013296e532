/** A modal built on the native <dialog>: focus trapping, Escape and the inert background come from the browser. */
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal(props: { title: string; onClose(): void; children: ReactNode; describedBy?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-${props.title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={props.describedBy}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

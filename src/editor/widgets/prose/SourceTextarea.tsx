/**
 * The Markdown source editor for a prose field: a plain, labelled textarea. Used when the value holds
 * Markdown the rich editor cannot keep, when the author asks for source, and while the rich editor loads.
 * Invariant: it shows `value` exactly and reports every edit verbatim; it never rewrites the text.
 */
import type { JSX, Ref } from 'react';

/** Props of {@link SourceTextarea}. */
export interface SourceTextareaProps {
  label: string;
  value: string;
  onChange(markdown: string): void;
  placeholder?: string;
  id?: string;
  /** Id of an element describing the field (the "shown as source" note). */
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A textarea named `label`, reachable as a multi-line textbox. */
export function SourceTextarea(props: SourceTextareaProps): JSX.Element {
  return (
    <textarea
      ref={props.textareaRef}
      id={props.id}
      className="sw-prose__source"
      aria-label={props.label}
      aria-multiline="true"
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
      value={props.value}
      spellCheck
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

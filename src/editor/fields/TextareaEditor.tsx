/**
 * Stand-in for the prose and code widgets with their exact props: a Markdown source textarea. Used until the
 * Tiptap and CodeMirror widgets land; never drops content because it edits the source text itself.
 */
export function TextareaEditor(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  id?: string;
  lang?: string;
}) {
  return (
    <textarea
      id={props.id}
      className="source-editor"
      aria-label={props.label}
      value={props.value}
      placeholder={props.placeholder}
      spellCheck={props.lang === undefined}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/**
 * Look of the code editor in light and dark. Invariant: no colour is fixed to one scheme: everything is a
 * CSS variable the app can set (--sw-bg, --sw-fg, --sw-border, --sw-accent, --sw-mono-font, and
 * --sw-code-<token> for syntax colours) with a `light-dark()` fallback that follows the inherited
 * color-scheme (the app sets `color-scheme: light dark` on :root to follow prefers-color-scheme).
 */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

const fg = 'var(--sw-fg, CanvasText)';
const bg = 'var(--sw-bg, Canvas)';
const border = 'var(--sw-border, light-dark(#c9cdd4, #4a4f59))';
const accent = 'var(--sw-accent, light-dark(#1f5fd6, #7aa7ff))';
const muted = `color-mix(in srgb, ${fg} 66%, ${bg})`; // >= 4.5:1 on the gutter tint
const subtle = `color-mix(in srgb, ${fg} 5%, ${bg})`;

/** Editor chrome: gutters, caret colour, selection, active line, matching brackets, placeholder. */
export const codeTheme = EditorView.theme({
  '&': {
    color: fg,
    backgroundColor: bg,
    fontSize: '0.9em',
    maxHeight: '70vh',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: "var(--sw-mono-font, ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace)",
    lineHeight: '1.5',
    overflow: 'auto',
  },
  '.cm-content': { caretColor: fg, padding: '8px 0' },
  // Both, or the gutter stops at the last line of a short document (CodeMirror's own recipe for min-height).
  '.cm-content, .cm-gutter': { minHeight: 'calc(6em + 16px)' },
  '.cm-line': { padding: '0 12px 0 8px' },
  // The browser draws the caret and the selection (no drawSelection extension: see codeRuntime.ts).
  '.cm-content ::selection': { backgroundColor: `color-mix(in srgb, ${accent} 30%, ${bg})` },
  '.cm-gutters': {
    color: muted,
    backgroundColor: subtle,
    borderRight: `1px solid ${border}`,
  },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px', minWidth: '2ch' },
  // The current line stands out only while the editor has focus; a page of code fields shows no stray bands.
  '&.cm-focused .cm-activeLine': { backgroundColor: `color-mix(in srgb, ${accent} 6%, transparent)` },
  '&.cm-focused .cm-activeLineGutter': { backgroundColor: `color-mix(in srgb, ${accent} 12%, ${subtle})`, color: fg },
  '&:not(.cm-focused) .cm-activeLine, &:not(.cm-focused) .cm-activeLineGutter': { backgroundColor: 'transparent' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: `color-mix(in srgb, ${accent} 25%, transparent)`,
    outline: `1px solid color-mix(in srgb, ${accent} 60%, transparent)`,
  },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'color-mix(in srgb, #e5484d 30%, transparent)' },
  '.cm-placeholder': { color: muted, fontStyle: 'italic' },
});

/** A syntax colour: the app's `--sw-code-<name>` if set, else a light/dark pair (GitHub's palettes). */
const c = (name: string, light: string, dark: string) => `var(--sw-code-${name}, light-dark(${light}, ${dark}))`;

/** Token colours for Rust, protobuf and TOML. */
export const codeHighlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.modifier, t.controlKeyword, t.operatorKeyword, t.definitionKeyword], color: c('keyword', '#cf222e', '#ff7b72') },
  { tag: [t.string, t.special(t.string), t.character, t.regexp], color: c('string', '#0a3069', '#a5d6ff') },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: c('comment', '#6e7781', '#8b949e'), fontStyle: 'italic' },
  { tag: [t.number, t.bool, t.atom, t.null, t.constant(t.name)], color: c('number', '#0550ae', '#79c0ff') },
  { tag: [t.typeName, t.className, t.namespace, t.standard(t.typeName)], color: c('type', '#953800', '#ffa657') },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: c('function', '#8250df', '#d2a8ff') },
  { tag: [t.propertyName, t.attributeName, t.labelName], color: c('property', '#0550ae', '#79c0ff') },
  { tag: [t.macroName, t.meta, t.annotation, t.processingInstruction], color: c('meta', '#116329', '#7ee787') },
  { tag: [t.heading, t.strong], fontWeight: '600' },
  { tag: t.invalid, color: c('invalid', '#82071e', '#ffa198') },
]);

/**
 * The CodeMirror 6 view behind a code field (lazy chunk). Invariants: one EditorView per mounted field,
 * never re-created while typing; label, placeholder, id and language change by reconfiguring compartments;
 * an external document replaces only the changed span, reports nothing back (no echo) and stays out of
 * the undo history; Tab indents and Escape-then-Tab leaves (CodeMirror's own tab-focus behaviour).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Annotation, Compartment, EditorState, Transaction, type Extension } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder as placeholderText,
} from '@codemirror/view';
import { loadLanguage, normalizeLang } from './codeLanguages';
import { codeHighlightStyle, codeTheme } from './codeTheme';
import { heldReport } from '../pendingEdits';
import { typedText } from './typedText';

/** How long typing may go on before the code is reported (at once on blur, and before an export). */
const REPORT_DELAY_MS = 100;

/** Marks transactions that carry an external value, so they are not reported as edits. */
const External = Annotation.define<boolean>();

/** What names and describes the editable element. */
export interface CodeViewAttributes {
  label: string;
  placeholder?: string;
  id?: string;
}

/** Options of {@link createCodeView}. */
export interface CodeViewOptions extends CodeViewAttributes {
  parent: HTMLElement;
  doc: string;
  lang: string;
  /** Initial selection, e.g. carried over from the fallback textarea. */
  selection?: { anchor: number; head: number };
  /** Called with the whole document after the author's edits: in idle time, REPORT_DELAY_MS after the first unreported key. */
  onChange(doc: string): void;
}

/** Handle on a mounted code editor. */
export interface CodeView {
  readonly view: EditorView;
  /** Replace the document with an external value (no onChange, no undo step). */
  setDoc(doc: string): void;
  setLang(lang: string): void;
  setAttributes(attributes: CodeViewAttributes): void;
  focus(): void;
  destroy(): void;
}

function attributeExtensions({ label, placeholder, id }: CodeViewAttributes): Extension {
  return [
    // tabindex: the content is focusable anyway (contenteditable); saying so lets axe see that the scrolling
    // region around a wide line is reachable by keyboard (scrollable-region-focusable).
    EditorView.contentAttributes.of({ role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, tabindex: '0', ...(id ? { id } : {}) }),
    placeholder ? placeholderText(placeholder) : [],
  ];
}

/**
 * Code in a language wraps long lines on screen (the text is unchanged); plain-text fields (crate tree, data
 * flow diagram, CLI usage) keep their columns and scroll sideways. Without wrapping, every key typed on the
 * longest line widens the content and lays out and repaints every visible line: in headless Chromium the
 * median keystroke-to-frame time went from about 11 to 20 ms (docs/performance.md).
 */
const wrapFor = (lang: string): Extension => (normalizeLang(lang) ? EditorView.lineWrapping : []);

/**
 * The page's sticky header covers the top of the window, and the root's `scroll-padding-top` says how much
 * (layout.css). The browser honours it when it scrolls; CodeMirror scrolls the caret into view itself and
 * does not, so a key typed on a line under the header would stay there. While the field's scroller reaches
 * under that band, CodeMirror is told to keep the caret that far below the top; otherwise its own
 * scrolling is left as it is.
 */
const underStickyHeader = EditorView.scrollMargins.of((view) => {
  const band = parseFloat(getComputedStyle(view.dom.ownerDocument.documentElement).scrollPaddingTop);
  if (!(band > 0) || view.scrollDOM.getBoundingClientRect().top >= band) return null;
  return { top: band };
});

/** Mount a CodeMirror editor into `parent`. */
export function createCodeView(options: CodeViewOptions): CodeView {
  const language = new Compartment();
  const wrapping = new Compartment();
  const attributes = new Compartment();
  const length = options.doc.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      selection: options.selection && { anchor: clamp(options.selection.anchor), head: clamp(options.selection.head) },
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        // No drawSelection(): the browser's own caret and selection. CodeMirror's drawn ones are measured and
        // repainted on every keystroke (and blink on a layer of their own): in headless Chromium they took the
        // median keystroke-to-frame time from about 9 to 17 ms (docs/performance.md).
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(codeHighlightStyle),
        codeTheme,
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        language.of([]),
        wrapping.of(wrapFor(options.lang)),
        attributes.of(attributeExtensions(options)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((tr) => tr.annotation(External))) pending.held();
        }),
        EditorView.domEventHandlers({ blur: () => void pending.flush() }),
        // Plain typed characters skip the browser's contenteditable round trip (see typedText.ts).
        typedText,
        underStickyHeader,
      ],
    }),
  });

  // The author's edits are reported in the first idle moment REPORT_DELAY_MS after the first unreported one
  // (the document as a string and a store update on every key would cost a frame each).
  const pending = heldReport(() => options.onChange(view.state.doc.toString()), REPORT_DELAY_MS);

  let destroyed = false;
  let currentLang: string | undefined;
  let langRequest = 0;
  const setLang = (lang: string) => {
    const normalized = normalizeLang(lang);
    if (normalized === currentLang) return;
    if (currentLang !== undefined) view.dispatch({ effects: wrapping.reconfigure(wrapFor(normalized)) });
    currentLang = normalized;
    const request = ++langRequest;
    loadLanguage(normalized).then(
      (extension) => {
        if (!destroyed && request === langRequest) view.dispatch({ effects: language.reconfigure(extension) });
      },
      () => {
        // A language chunk that fails to load leaves the field as plain text, still editable.
      },
    );
  };
  setLang(options.lang);

  return {
    view,
    setDoc(doc) {
      // An external value (undo, import) wins over edits not reported yet, as in the rich text editor.
      pending.drop();
      const old = view.state.doc.toString();
      if (doc === old) return;
      // Replace only the span that differs, so the caret and scroll position survive where they can.
      let start = 0;
      const max = Math.min(old.length, doc.length);
      while (start < max && old.charCodeAt(start) === doc.charCodeAt(start)) start++;
      let end = 0;
      while (end < max - start && old.charCodeAt(old.length - 1 - end) === doc.charCodeAt(doc.length - 1 - end)) end++;
      view.dispatch({
        changes: { from: start, to: old.length - end, insert: doc.slice(start, doc.length - end) },
        annotations: [External.of(true), Transaction.addToHistory.of(false)],
      });
    },
    setLang,
    setAttributes(next) {
      view.dispatch({ effects: attributes.reconfigure(attributeExtensions(next)) });
    },
    focus() {
      view.focus();
    },
    destroy() {
      pending.flush();
      destroyed = true;
      view.destroy();
    },
  };
}

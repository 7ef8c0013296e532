/**
 * The live preview: the exact Markdown that Download would write, or (toggle "Rendered") that Markdown as
 * sanitized HTML. The HTML renderer loads on first use.
 */
import { useEffect, useState } from 'react';
import { useSpecStore } from '../../store/store';
import { usePreviewText } from '../flows/usePreviewText';
import { PreviewText } from '../preview/PreviewText';

function Rendered({ markdown }: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('../preview/renderHtml')
      .then((m) => m.renderHtml(markdown))
      .then((h) => live && (setHtml(h), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [markdown]);
  if (error) return <p className="preview-error">Could not render the preview: {error}</p>;
  if (html === null) return <p className="muted">Rendering…</p>;
  // renderHtml's output is sanitized (rehype-sanitize, GitHub schema): no scripts, handlers or unsafe URLs.
  return <div className="rendered markdown-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function PreviewPane() {
  const preview = usePreviewText();
  const [rendered, setRendered] = useState(false);
  const mode = useSpecStore((s) => (s.exportMode === 'preserving' && s.source ? 'preserving' : 'canonical'));
  return (
    <section className="pane preview-pane" aria-labelledby="preview-heading">
      <div className="pane-head">
        <h2 id="preview-heading">Markdown preview</h2>
        <span className="mode-tag" title={mode === 'preserving' ? 'Untouched parts are written exactly as imported' : 'Written in the template’s layout'}>
          {mode === 'preserving' ? 'Original formatting' : 'Template layout'}
        </span>
        <button type="button" className="button small toggle" aria-pressed={rendered} onClick={() => setRendered(!rendered)}>
          Rendered
        </button>
      </div>
      <div className="preview-body" tabIndex={0}>
        {!preview.ok ? (
          <p className="preview-error">Preview unavailable: {preview.error}</p>
        ) : rendered ? (
          <Rendered markdown={preview.text} />
        ) : (
          <PreviewText text={preview.text} />
        )}
      </div>
    </section>
  );
}

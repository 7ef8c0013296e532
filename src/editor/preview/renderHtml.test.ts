// @vitest-environment jsdom
/**
 * The rendered preview never carries anything that can run: each fixture is a known XSS vector; the output is
 * parsed back with the browser's DOMParser and inspected element by element. The attacker's text itself stays
 * visible as text, so the author sees what the spec holds.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml';

const SAFE_URL = /^(https?:|mailto:|#|\/|\.|[^:]*$)/i;

/** Parse the preview HTML and list every element, attribute and URL that could execute. */
function dangers(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'style', 'meta', 'object', 'embed', 'link', 'base', 'form', 'svg', 'math'].includes(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${tag}@${name}`);
      if (['href', 'src', 'action', 'xlink:href', 'poster', 'background'].includes(name)) {
        const url = attr.value.replace(/[\u0000-\u0020]/g, '');
        if (!SAFE_URL.test(url)) found.push(`${tag}@${name}=${attr.value}`);
      }
    }
  }
  return found;
}

function textOf(html: string): string {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.textContent ?? '';
}

const XSS_FIXTURES: Record<string, string> = {
  'script block': '<script>window.__xss = 1</script>',
  'script inline': 'before <script>alert(1)</script> after',
  'img onerror': '<img src=x onerror="alert(1)">',
  'svg onload': '<svg onload=alert(1)><circle r=1 /></svg>',
  'javascript link': '[click](javascript:alert(1))',
  'javascript link, mixed case and entities': '[click](JaVaScRiPt:alert(1)) [two](java&#x09;script:alert(1))',
  'javascript autolink': '<javascript:alert(1)>',
  'javascript image': '![pic](javascript:alert(1))',
  'data URL link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'vbscript link': '[x](vbscript:msgbox(1))',
  'reference javascript link': '[x][r]\n\n[r]: javascript:alert(1)',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'style element': '<style>body { display: none }</style>',
  'style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'object and embed': '<object data="x.swf"></object><embed src="x.swf">',
  'form with formaction': '<form><button formaction="javascript:alert(1)">go</button></form>',
  'on handler in a table cell': '| a |\n|---|\n| <b onclick="alert(1)">x</b> |',
  'handler in a list and a blockquote': '- <a href="#" onmouseover="alert(1)">x</a>\n\n> <div onfocus=alert(1) tabindex=0>y</div>',
  'html comment hiding a script': '<!-- --><script>alert(1)</script><!-- -->',
  'base tag': '<base href="javascript:alert(1)//">',
};

describe('renderHtml: nothing executable survives', () => {
  for (const [name, markdown] of Object.entries(XSS_FIXTURES)) {
    it(`strips ${name}`, async () => {
      const html = await renderHtml(markdown);
      expect(dangers(html)).toEqual([]);
    });
  }

  it('shows raw HTML as visible text instead of dropping it', async () => {
    const html = await renderHtml('before <script>alert(1)</script> after');
    expect(textOf(html)).toBe('before <script>alert(1)</script> after');
  });

  it('keeps the text of a javascript: link but not its target', async () => {
    const html = await renderHtml('[click me](javascript:alert(1))');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const a = doc.querySelector('a');
    expect(a?.textContent).toBe('click me');
    expect(a?.hasAttribute('href')).toBe(false);
  });
});

describe('renderHtml: ordinary Markdown renders', () => {
  it('renders emphasis, code, lists and safe links', async () => {
    const html = await renderHtml('Some *emphasis*, `code` and [a link](https://example.com/x?y=1).\n\n- one\n- two');
    expect(html).toBe(
      '<p>Some <em>emphasis</em>, <code>code</code> and <a href="https://example.com/x?y=1">a link</a>.</p>\n' +
        '<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('labels task-list checkboxes for screen readers', async () => {
    const html = await renderHtml('- [x] shipped\n- [ ] planned');
    expect(html).toContain('aria-label="Done"');
    expect(html).toContain('aria-label="Not done"');
  });

  it('renders GFM tables', async () => {
    const html = await renderHtml('| Code | Meaning |\n|---|---|\n| E001 | Not found |');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(Array.from(doc.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Code', 'Meaning']);
    expect(Array.from(doc.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['E001', 'Not found']);
  });

  it('renders code blocks with their language class', async () => {
    const html = await renderHtml('```rust\nfn main() {}\n```');
    // tabindex: a wide code block scrolls, so it must be reachable by keyboard.
    expect(html).toBe('<pre tabindex="0"><code class="language-rust">fn main() {}\n</code></pre>');
  });

  it('keeps footnote links pointing at their footnote', async () => {
    const html = await renderHtml('Claim.[^1]\n\n[^1]: Source.');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const ref = doc.querySelector('a[data-footnote-ref]');
    const target = ref?.getAttribute('href')?.slice(1) ?? '';
    expect(target).not.toBe('');
    expect(doc.getElementById(target)?.textContent).toContain('Source.');
  });
});

describe('renderHtml: user content never throws', () => {
  it('returns escaped text for nesting deep enough to exhaust the parser', async () => {
    const markdown = `${'>'.repeat(10_000)} <img src=x onerror=alert(1)>`;
    const html = await renderHtml(markdown);
    expect(dangers(html)).toEqual([]);
    expect(textOf(html)).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('renderHtml: pathological nesting', () => {
  it('shows 10,000 nested list markers as text at once instead of parsing them', async () => {
    const markdown = `${'- '.repeat(10_000)}<script>alert(1)</script>`;
    const html = await renderHtml(markdown);
    expect(dangers(html)).toEqual([]);
    expect(html.startsWith('<p><em>Preview shown as text: it is nested too deeply.</em></p><pre>')).toBe(true);
  });
});

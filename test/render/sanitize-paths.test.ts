// The two sanitizers (the browser's HTML Sanitizer API and the DOMPurify
// fallback) follow one rule set: fed the same hostile corpus and the
// markdown renderer's real output, they must produce the same DOM. Only
// attribute order is normalized (DOMPurify re-adds prefixed ids last).
import {expect} from '@open-wc/testing';
import {imagePolicy} from '../../src/render/image-policy.js';
import {renderMarkdown} from '../../src/render/markdown.js';
import {sanitizeParts, sanitizeToFragment, useSanitizer} from '../../src/render/sanitize.js';
import {describeTree, until} from '../support/index.js';
import {armXssTrap, expectInert, hitsOnceSettled, textPayloads, urlPayloads} from './xss-corpus.js';

/** Raw HTML for the corners of the rules: unknown and forbidden elements, namespaces, attributes. */
const htmlCases = [
  '<thinking>kept <b>text</b></thinking> of an unknown element',
  '<my-widget x=1>custom</my-widget><chat-blocks-part>wrapper</chat-blocks-part>',
  '<form><b>in a form</b></form><button>label</button><select><option>o</option></select><textarea><b>t</b></textarea>',
  '<dialog open>d</dialog><marquee>m</marquee><map><area href="/x"></map><portal>p</portal>',
  '<p id="top" name="n" class="hljs keep-me katex language-js task-done" data-x="1" aria-label="Note: x" role="note" title="javascript:t">p</p>',
  '<a href="https://example.com" target="_self" rel="opener">link</a><a>no href</a><a href="data:image/png;base64,AA==">file</a>',
  '<a href="blob:https://example.com/1">blob</a><img src="blob:https://example.com/2"><img src="DATA:image/png;base64,AA==">',
  '<img src="https://example.com/a.png" alt="a" width="10" srcset="x 2x" loading="lazy"><video src="/v.mp4" poster="/p.png" controls autoplay></video>',
  '<td>cell</td><table><tr><td colspan=2 align=left>t</td></tr></table>',
  '<svg viewBox="0 0 10 10" preserveAspectRatio="none"><path d="M0 0" fill="url(https://x.example/a)"/><foreignObject><p>fo</p></foreignObject><desc><b>d</b></desc><circle r="1"/></svg>',
  '<svg><a xlink:href="https://example.com"><text>t</text></a><image href="https://example.com/i.png"/><style>*{}</style><title>t</title></svg>',
  '<svg width="10" height="10"><image xlink:href="data:image/png;base64,AA==" width="10"/><image href="javascript:alert(1)"/></svg>',
  '<math display="block"><semantics><mrow><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><annotation encoding="application/x-tex">x</annotation></semantics></math>',
  '<math><mi><b>html in mi</b></mi><mrow><a href="/x">a in math</a></mrow><annotation-xml><svg></svg></annotation-xml></math>',
  '<circle>html circle</circle><mi>html mi</mi><font color=red face=x>font</font><center>c</center>',
  '<p title="--&gt;">breakout</p><p title="&lt;/style&gt;">style</p><p title="a/>b">self close</p>',
  '<!-- comment --><p>after</p><![CDATA[x]]><?pi x?>',
  '  \n leading whitespace',
  '<details open><summary>s</summary>body</details><ruby>漢<rt>kan</rt></ruby><wbr><bdo dir=rtl>r</bdo>',
  '<p>a &lt;b&gt; escaped</p><xmp><b>x</b></xmp><noembed>n</noembed>',
  '<div><div><div><span><i><b><u>deep</u></b></i></span></div></div></div>',
];

/** Markdown, as the renderer turns it into HTML before sanitizing. */
const markdownCases = [
  '# Title\n\nSome **bold**, *em*, ~~gone~~ and `code`.\n\n- one\n- two\n\n1. first\n\n- [x] done\n- [ ] todo\n\n> quoted\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nhttps://example.com/auto',
  '[a link](https://example.com "title") and ![an image](https://images.example/a.png "t") and <https://example.com/auto>',
  '![blocked](https://evil.example/?q=secret) and ![same origin](/a.png) and ![data](data:image/png;base64,AA==)',
  'Footnote-like [^1] and html <kbd>Ctrl</kbd>+<kbd>C</kbd><br>line <sup>2</sup> <sub>i</sub> <mark>m</mark>',
  '```js\nconst x = 1; // comment\nfunction f() { return "s"; }\n```\n\n```python\ndef f():\n    return 1\n```',
  '$$\\frac{a}{b} + \\sqrt{x^2}$$\n\nInline \\(E = mc^2\\) and \\[\\sum_{i=0}^n i\\]',
  '<details><summary>More</summary>\n\n**hidden** text\n\n</details>',
  '* a\n  * b\n    * c\n\n---\n\nhard  \nbreak',
];

type Kind = 'native' | 'dompurify';
const kinds: Kind[] = ['native', 'dompurify'];
const policy = imagePolicy('same-origin', location.href);

async function withEach<T>(run: () => T): Promise<Record<Kind, T>> {
  const results = {} as Record<Kind, T>;
  for (const kind of kinds) {
    await useSanitizer(kind);
    results[kind] = run();
  }
  await useSanitizer('native');
  return results;
}

/** The markdown rendered with highlighting and math loaded (rendering again until nothing is pending). */
async function renderLoaded(src: string): Promise<void> {
  await until(() => {
    const html = describeTree(renderMarkdown(src, {inlineMath: true}));
    return !src.includes('```') || html.includes('hljs-')
      ? !src.includes('$$') || html.includes('<http://www.w3.org/1998/Math/MathML|math')
      : false;
  }, 'highlighting and math loaded');
}

describe('the native sanitizer and the DOMPurify fallback', () => {
  after(() => useSanitizer('native'));

  it('produce the same DOM for the XSS corpus and the rule corners, alone and in a batch, with and without an image policy', async () => {
    const inputs = [...textPayloads, ...htmlCases, ...urlPayloads.map((url) => `<a href="${url}">u</a><img src="${url}">`)];
    for (const images of [undefined, policy]) {
      const alone = await withEach(() => inputs.map((html) => describeTree(sanitizeToFragment(html, images))));
      for (const [index, input] of inputs.entries()) expect(alone.native[index], input).to.equal(alone.dompurify[index]);
      const batched = await withEach(() => sanitizeParts(inputs, images).map(describeTree));
      for (const [index, input] of inputs.entries()) expect(batched.native[index], `batched: ${input}`).to.equal(batched.dompurify[index]);
    }
  });

  it("produce the same DOM for the markdown renderer's output, with code highlighted and math", async () => {
    for (const src of markdownCases) await renderLoaded(src);
    for (const images of [undefined, policy]) {
      const options = {inlineMath: true, images};
      const rendered = await withEach(() => [...markdownCases, ...textPayloads].map((src) => describeTree(renderMarkdown(src, options))));
      for (const [index, src] of [...markdownCases, ...textPayloads].entries())
        expect(rendered.native[index], src).to.equal(rendered.dompurify[index]);
    }
  });

  it('each leave the XSS corpus inert: nothing runs, nothing forbidden is left', async () => {
    for (const kind of kinds) {
      await useSanitizer(kind);
      const hits = armXssTrap();
      const root = document.createElement('div');
      document.body.append(root);
      try {
        for (const payload of [...textPayloads, ...htmlCases]) root.append(renderMarkdown(payload, {inlineMath: false}));
        expectInert(root);
        expect(await hitsOnceSettled(hits), kind).to.deep.equal([]);
      } finally {
        root.remove();
      }
    }
  });
});

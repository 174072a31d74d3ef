/**
 * Hostile inputs and the check that none of them reached the DOM. Each
 * payload that would run calls `window.__xss()`, so a test can also wait
 * and see that nothing ran.
 */
import {expect} from '@open-wc/testing';
import {until} from '../support/index.js';

declare global {
  interface Window {
    __xss?: (source?: string) => void;
    __xssHits?: string[];
  }
}

export function armXssTrap(): string[] {
  const hits: string[] = [];
  window.__xssHits = hits;
  window.__xss = (source = '?') => hits.push(source);
  return hits;
}

/**
 * The hits of hostile code other than a canary's, once the canary has run.
 * The canary is markup of the kind that runs late (an error handler on a
 * broken image), put in the page unsanitized after the payloads: once it
 * has run, payloads put in before it had their turn too.
 */
export async function hitsOnceSettled(hits: string[]): Promise<string[]> {
  const canary = document.createElement('div');
  canary.innerHTML = `<img src="x" onerror="window.__xss('canary')">`;
  document.body.append(canary);
  try {
    await until(() => hits.includes('canary'), 'the canary payload ran');
  } finally {
    canary.remove();
  }
  return hits.filter((hit) => hit !== 'canary');
}

/** Markdown/HTML payloads for message text. */
export const textPayloads = [
  '<script>window.__xss("script")</script>',
  '<img src=x onerror="window.__xss(\'onerror\')">',
  '<svg><script>window.__xss("svg-script")</script></svg>',
  '<svg onload="window.__xss(\'svg-onload\')"><circle r="1"/></svg>',
  '<svg><a xlink:href="javascript:window.__xss(\'svg-link\')"><text>x</text></a></svg>',
  '[click](javascript:window.__xss("md-link"))',
  '[click](JaVaScRiPt:window.__xss("md-link-case"))',
  '[click](java&#x09;script:window.__xss("md-link-entity"))',
  '<a href="javascript:window.__xss(\'a\')">a</a>',
  '<a href=" &#14;  javascript:window.__xss(\'a2\')">a2</a>',
  '![x](javascript:window.__xss("md-img"))',
  '<iframe src="data:text/html,<script>parent.__xss(\'iframe\')</script>"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(\'srcdoc\')</script>"></iframe>',
  '<object data="data:text/html,<script>parent.__xss(\'object\')</script>"></object>',
  '<embed src="data:text/html,<script>parent.__xss(\'embed\')</script>">',
  '<form action="javascript:window.__xss(\'form\')"><input type=submit value=go><button>go</button></form>',
  '<button formaction="javascript:window.__xss(\'btn\')">b</button>',
  '<style>body { display: none !important } * { color: red !important }</style>',
  '<link rel="stylesheet" href="data:text/css,body{display:none}">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss(\'meta\')">',
  '<div style="position:fixed;inset:0;background:red;z-index:99999">cover</div>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<img src="data:image/svg+xml,<svg onload=window.__xss(\'svg-data\')>">',
  '<details open ontoggle="window.__xss(\'ontoggle\')"><summary>s</summary></details>',
  '<math><mi xlink:href="javascript:window.__xss(\'mathml\')">x</mi></math>',
  '<video><source onerror="window.__xss(\'source\')"></video>',
  '<input autofocus onfocus="window.__xss(\'autofocus\')">',
  '<div popover id="p">popover</div>',
  '<textarea>t</textarea><select><option>o</option></select>',
  '<span part="scroll-button" slot="empty" class="scroll-button">fake part</span>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss(\'mxss\')>"></noscript>',
  '<template><img src=x onerror="window.__xss(\'template\')"></template>',
];

/** Unsafe URLs for file messages. */
export const urlPayloads = [
  'javascript:window.__xss("file-url")',
  ' JaVaScRiPt:window.__xss("file-url-2")',
  'java\tscript:window.__xss("file-url-3")',
  'data:text/html,<script>window.__xss("file-data-html")</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss(\'file-svg\')"/>',
  'vbscript:msgbox(1)',
];

const forbiddenElements = [
  'script',
  'style',
  'link',
  'base',
  'meta',
  'form',
  'input',
  'button',
  'iframe',
  'object',
  'embed',
  'textarea',
  'select',
  'template',
  'noscript',
];

/**
 * Asserts that nothing hostile is in `root`, except the widget's own
 * `<button>`s (those with a `part` or class the widget sets) and its own
 * `<style>` (adopted stylesheets, so none are in the DOM).
 */
export function expectInert(root: ParentNode, ownButtons: (button: Element) => boolean = () => false): void {
  for (const tag of forbiddenElements) {
    const found = [...root.querySelectorAll(tag)].filter((element) => !(tag === 'button' && ownButtons(element)));
    expect(
      found.map((e) => e.outerHTML),
      `no <${tag}>`,
    ).to.deep.equal([]);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      // Control characters and spaces, which browsers strip from URLs before reading the scheme.
      // eslint-disable-next-line no-control-regex
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      expect(name.startsWith('on'), `event handler ${name} on <${element.localName}>`).to.equal(false);
      expect(name, `attribute on <${element.localName}>`).not.to.be.oneOf([
        'style',
        'srcdoc',
        'formaction',
        'action',
        'popover',
        'autofocus',
      ]);
      if (['href', 'src', 'xlink:href', 'action', 'poster', 'data'].includes(name)) {
        expect(value.startsWith('javascript:') || value.startsWith('vbscript:'), `${name}=${attribute.value}`).to.equal(false);
        if (value.startsWith('data:')) {
          expect(/^data:(image\/(png|jpeg|gif|webp)|audio\/|video\/)/.test(value), `${name}=${attribute.value}`).to.equal(true);
        }
      }
    }
  }
}

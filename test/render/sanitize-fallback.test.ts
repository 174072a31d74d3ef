// The widget from dist/ (npm test builds it first) on a page with the strict
// CSP and Trusted Types enforced, once in this browser, which has the HTML
// Sanitizer API, and once after a script removed that API: the second page
// must fetch the DOMPurify chunk over HTTP, and both must render the same
// reply into the same DOM, keep none of its payloads, and request no image
// that `image-sources` blocks.
import {expect} from '@open-wc/testing';
import {deepQuery, deepQueryAll, describeTree, until} from '../support/index.js';
import {frameWindow, loadPage, settled} from '../support/script-bytes.js';
import {expectInert} from './xss-corpus.js';

type Api = 'native' | 'none';

/** How many requests the pixel route saw for `tag`. */
async function requests(tag: string): Promise<number> {
  const response = await fetch(`/api/trust/referers?tag=${encodeURIComponent(tag)}`);
  return ((await response.json()) as {referers: unknown[]}).referers.length;
}

/** Opens the page, sends one message and returns what the reply rendered and the scripts fetched. */
async function renderReply(api: Api, tag: string) {
  const frame = await loadPage(`/api/sanitizer/page?api=${api}&tag=${tag}`);
  const win = frameWindow(frame);
  await win.customElements.whenDefined('chat-blocks');
  const chat = win.document.querySelector('chat-blocks') as HTMLElement & {send(text: string): Promise<void>};
  await chat.send('show me');
  await until(
    () => deepQuery(win.document, '[part~="message-content"] .hljs-keyword') && deepQuery(win.document, '[part~="image-placeholder"]'),
    `the ${api} page never showed the highlighted reply with its image placeholder`,
    30000,
  );
  await until(async () => (await requests(`${tag}-allowed`)) > 0, `the ${api} page never requested the allowed image`);
  await settled(frame);
  const contents = deepQueryAll(win.document, '[part~="message-content"]');
  // The widget's own buttons (code copy) carry a part; nothing else may be a button.
  for (const content of contents) expectInert(content, (button) => button.hasAttribute('part'));
  // Lit's template markers (comments) differ with the render history; the sanitizers keep no comment.
  const dom = contents
    .map(describeTree)
    .join('\n')
    .replace(/\[node type 8: "[^"]*"\]/g, '');
  return {dom, scripts: win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)};
}

describe('the sanitizer fallback, in the built widget', function () {
  this.timeout(120000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches DOMPurify only where the HTML Sanitizer API is missing, and both render the same DOM, inert, with blocked images not requested', async () => {
    const run = Date.now().toString(36);
    const native = await renderReply('native', `${run}-native`);
    const fallback = await renderReply('none', `${run}-none`);

    expect(native.scripts.filter((path) => /sanitize-purify/.test(path))).to.deep.equal([]);
    expect(fallback.scripts.filter((path) => /\/dist\/chunks\/sanitize-purify-[\w-]+\.js$/.test(path)).length).to.equal(1);
    expect(native.dom).to.contain('hljs-keyword');
    expect(fallback.dom.replaceAll(`${run}-none`, 'TAG')).to.equal(native.dom.replaceAll(`${run}-native`, 'TAG'));

    expect(await requests(`${run}-native-blocked`)).to.equal(0);
    expect(await requests(`${run}-none-blocked`)).to.equal(0);
  });
});

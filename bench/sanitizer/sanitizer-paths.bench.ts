// How long a large markdown reply takes to render with each sanitizer: the
// browser's HTML Sanitizer API and the DOMPurify fallback, in the same page,
// alternating, medians of several runs: the whole render (marked included)
// and the sanitizing of marked's HTML alone. Run it with
// `npx web-test-runner bench/sanitizer/sanitizer-paths.bench.ts`; it prints
// its figures and asserts only that both paths rendered the same DOM.
import {expect} from '@open-wc/testing';
import {renderMarkdown} from '../../src/render/markdown.js';
import {marked} from 'marked';
import {sanitizeToFragment, useSanitizer} from '../../src/render/sanitize.js';
import {describeTree} from '../../test/support/index.js';

/** About 100 KB of the markdown a model writes: paragraphs, lists, a table, links, inline code, a little raw HTML. */
function largeReply(): string {
  const section = (i: number) =>
    [
      `## Section ${i}`,
      `Some **bold** text, *emphasis*, \`code\`, a [link](https://example.com/${i}) and <kbd>Ctrl</kbd>+<kbd>C</kbd>.`,
      '',
      `- item one of ${i}\n- item two with [a link](https://example.com/a/${i})\n  - nested ~~item~~`,
      '',
      '| name | value |\n|---|---:|\n| a | 1 |\n| b | 2 |',
      '',
      `> a quote in section ${i}`,
      '',
    ].join('\n');
  return Array.from({length: 360}, (_, i) => section(i)).join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('sanitizer paths', () => {
  after(() => useSanitizer('native'));

  it('renders a large reply with each sanitizer', async () => {
    const text = largeReply();
    const html = marked.parse(text, {async: false});
    const times: Record<'native' | 'dompurify', number[]> = {native: [], dompurify: []};
    const sanitizeTimes: Record<'native' | 'dompurify', number[]> = {native: [], dompurify: []};
    const doms: Record<string, string> = {};
    for (let run = 0; run < 9; run++) {
      for (const kind of ['native', 'dompurify'] as const) {
        await useSanitizer(kind);
        const start = performance.now();
        const fragment = renderMarkdown(text, {inlineMath: false});
        times[kind].push(performance.now() - start);
        doms[kind] ??= describeTree(fragment);
        const sanitizeStart = performance.now();
        sanitizeToFragment(html);
        sanitizeTimes[kind].push(performance.now() - sanitizeStart);
      }
    }
    console.log(
      `large reply (${Math.round(text.length / 1024)} KB): native ${median(times.native).toFixed(1)} ms, dompurify ${median(times.dompurify).toFixed(1)} ms; its HTML sanitized alone: native ${median(sanitizeTimes.native).toFixed(1)} ms, dompurify ${median(sanitizeTimes.dompurify).toFixed(1)} ms (medians of ${times.native.length})`,
    );
    expect(doms.native).to.equal(doms.dompurify);
  });
});

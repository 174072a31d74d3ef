// A long table, list or code block still being written is not parsed again
// as a whole for every chunk: only its unfinished end is. The DOM it ends
// with is the one a one-shot render of the same text gives.
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {renderBlocks} from '../../src/components/chat-message-list/markdown-view.js';
import {addCodeBlockControls} from '../../src/render/code-blocks.js';
import type {Enhancer} from '../../src/render/fragment-directive.js';
import {highlight} from '../../src/render/highlight.js';
import {addImagePlaceholders} from '../../src/render/image-placeholders.js';
import {imagePolicy} from '../../src/render/image-policy.js';
import {markdownStats, renderMarkdown, type MarkdownOptions} from '../../src/render/markdown.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {markupWithoutMarkers as normalized, until} from '../support/index.js';

/** How the blocks are rendered and enhanced: plain markdown and no widget controls, unless a test says otherwise. */
let options: MarkdownOptions = {inlineMath: false};
let enhancer: Enhancer = () => {};

/** A seeded PRNG: the same chunks on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `text` cut anywhere, in chunks of 1 to `max` characters. */
function chunksOf(text: string, max: number, seed = 7): string[] {
  const next = random(seed);
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(next() * max);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/** The blocks rendered as the message list does: keyed, each block's nodes taken once. */
function show(blocks: readonly RenderedBlock[], into: HTMLElement): void {
  render(renderBlocks(blocks, enhancer), into);
}

/** Fails naming where two DOMs first differ (whole DOMs are too long to read in a message). */
function expectSameDom(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const around = (dom: string) => JSON.stringify(dom.slice(Math.max(0, at - 200), at + 200));
  expect.fail(`${what}: the DOM differs at ${at} of ${expected.length}\n  streamed: ${around(actual)}\n  one-shot: ${around(expected)}`);
}

function oneShot(text: string): string {
  const stream = new MarkdownStream();
  const root = document.createElement('div');
  do show(stream.update(text, options, false), root);
  while (!stream.complete);
  return normalized(root);
}

/** Streams `text` in `chunks`, rendering after each; `perChunk` sees the work of each update. */
function streamed(chunks: string[], perChunk?: (work: {lexed: number; rendered: number; chunk: number}) => void): string {
  const stream = new MarkdownStream();
  const root = document.createElement('div');
  let text = '';
  for (const chunk of chunks) {
    text += chunk;
    const lexed = markdownStats.lexedChars;
    const rendered = markdownStats.renderedChars;
    show(stream.update(text, options, true), root);
    perChunk?.({lexed: markdownStats.lexedChars - lexed, rendered: markdownStats.renderedChars - rendered, chunk: chunk.length});
  }
  do show(stream.update(text, options, false), root);
  while (!stream.complete);
  return normalized(root);
}

const lines = (count: number, line: (i: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('');

const table = (rows: number) =>
  '| n | cell | code |\n|---|:---:|---:|\n' +
  lines(rows, (i) => `| ${i} | cell *${i}* with [a link](https://example.com/${i}) | \`x${i}\` |\n`);
const tightList = (items: number) =>
  lines(items, (i) => (i % 10 === 3 ? `- [x] task ${i}\n  - nested ${i}\n    more\n` : `- item ${i} with **bold** and _em_\n`));
const orderedList = (items: number) => lines(items, (i) => `${i + 1}) step ${i} with \`code\`\n`);
const code = (count: number, fence = '```') =>
  `${fence}\n` + lines(count, (i) => (i % 7 === 0 ? '\n' : i % 11 === 0 ? '``` not closing\n' : `  let line${i} = "<b>${i}</b>";\n`));

const shapes: Record<string, string> = {
  'a table ending the text': `Intro with *emphasis*.\n\n${table(300)}`,
  'a table followed by more text': `${table(300)}\n# After\n\nLast paragraph.`,
  'a table then a blank line': `${table(200)}\n\n| not | a row |\n`,
  'a tight list with nested items and tasks': `Before.\n\n${tightList(400)}\nAfter the list.\n`,
  'a list that turns loose half way': `${tightList(150)}\n- loose from here\n\n${tightList(150)}`,
  'an ordered list ending the text': orderedList(600),
  'a fenced code block, closed, then text': `${code(400)}\`\`\`\n\nAfter the code.\n`,
  'a fenced code block never closed': code(400, '~~~~'),
  'a fenced code block ending in blank lines': `${code(300)}\n\n\`\`\`\n`,
};

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('A growing table, list or code block', function () {
  this.timeout(120_000);

  for (const [name, text] of Object.entries(shapes)) {
    it(`ends with the one-shot DOM: ${name}`, () => {
      const expected = oneShot(text);
      expectSameDom(streamed(chunksOf(text, 90)), expected, 'small chunks');
      // Other cuts: big chunks, and one character at a time just past the size where a block starts to grow in place.
      expectSameDom(streamed(chunksOf(text, 3000, 3)), expected, 'big chunks');
      expectSameDom(streamed([text.slice(0, 1800), ...text.slice(1800, 3500), text.slice(3500)]), expected, 'one character at a time');
    });
  }

  it('ends with the one-shot DOM for highlighted code, once highlighting has loaded', async () => {
    await until(() => highlight('let x = 1;', 'js').kind === 'html', 'the highlighter to load', 30_000);
    const text = `${code(500).replace('```', '```js')}\`\`\`\n\nAfter.`;
    expectSameDom(streamed(chunksOf(text, 200)), oneShot(text), 'highlighted code');
  });

  const work: Record<string, string> = {
    table: table(5000),
    list: tightList(5000),
    'ordered list': orderedList(8000),
    'code block': code(6000),
  };
  for (const [name, text] of Object.entries(work)) {
    it(`lexes and sanitizes only the unfinished end of a growing ${name} for each chunk (${Math.round(text.length / 1024)} KB)`, () => {
      const perChunk: {lexed: number; rendered: number; chunk: number}[] = [];
      streamed(chunksOf(text, 1000), (work) => perChunk.push(work));
      // Once the block is long, a chunk lexes its own text and the unfinished
      // row or item around it, never the block again (which is 100+ KB here).
      const late = perChunk.slice(Math.floor(perChunk.length / 4));
      const mostLexed = Math.max(...late.map((work) => work.lexed - work.chunk));
      const mostRendered = Math.max(...late.map((work) => work.rendered));
      expect(mostLexed, 'characters lexed beyond the chunk itself').to.be.below(4096);
      expect(mostRendered, 'characters of HTML sanitized').to.be.below(16_384);
      const totalLexed = perChunk.reduce((sum, work) => sum + work.lexed, 0);
      expect(totalLexed, 'characters lexed in all').to.be.below(3 * text.length);
    });
  }

  it('gives the items and rows it adds the controls the page gave its first nodes: copy buttons, image placeholders', () => {
    const foreign = 'https://images.example/pixel.png';
    const text =
      lines(150, (i) =>
        i % 50 === 49 ? `- item ${i} ![x](${foreign}?${i})\n\n  \`\`\`js\n  let x = ${i};\n  \`\`\`\n` : `- item ${i} with **bold**\n`,
      ) +
      '\n| n | picture |\n|---|---|\n' +
      lines(300, (i) => `| ${i} | ${i % 100 === 99 ? `![y](${foreign}?row${i})` : 'none'} |\n`) +
      '\nAfter.';
    const saved = {options, enhancer};
    options = {inlineMath: false, images: imagePolicy('same-origin', location.href)};
    enhancer = (nodes) => {
      addCodeBlockControls(nodes, {copy: 'Copy', copied: 'Copied'});
      addImagePlaceholders(nodes, {loadImage: 'Load image from {host}', loadMedia: 'Load media from {host}'});
    };
    try {
      const expected = oneShot(text);
      const probe = document.createElement('div');
      probe.innerHTML = expected;
      expect(probe.querySelectorAll('.code-block .code-copy').length, 'copy buttons').to.equal(3);
      expect(probe.querySelectorAll('.image-placeholder').length, 'placeholders').to.equal(6);
      expect(probe.querySelectorAll('img').length, 'images').to.equal(0);
      expectSameDom(streamed(chunksOf(text, 120)), expected, 'small chunks');
    } finally {
      ({options, enhancer} = saved);
    }
  });

  const longTables: Record<string, string> = {
    'a table ending the text': table(3000),
    'a table, then a paragraph': `Before.\n\n${table(2000)}\nAfter the table.\n`,
    'a table with markup to sanitize in its cells': `${table(500)}${lines(1500, (i) => `| ${i} | <img src=x onerror=alert(${i})> <script>x()</script> | [a](javascript:alert(${i})) |\n`)}`,
  };
  for (const [name, text] of Object.entries(longTables)) {
    it(`takes a long table of a finished text a batch of rows per call, one table that ends as marked renders it whole: ${name}`, () => {
      const whole = document.createElement('div');
      whole.append(renderMarkdown(text, options));
      markdownStats.longestLex = 0;
      const stream = new MarkdownStream();
      const root = document.createElement('div');
      const rowsPerCall: number[] = [];
      do {
        show(stream.update(text, options, false), root);
        rowsPerCall.push(root.querySelector('tbody')?.rows.length ?? 0);
      } while (!stream.complete);
      expect(rowsPerCall.length, 'calls').to.be.above(2);
      expect(
        rowsPerCall.some((rows) => rows > 0 && rows < rowsPerCall.at(-1)!),
        'a call showed part of the rows',
      ).to.equal(true);
      // Each row was lexed in its own batch: the table was never handed to marked whole.
      expect(markdownStats.longestLex, 'most characters lexed in one call').to.be.below(text.length / 2);
      expect(root.querySelectorAll('table')).to.have.length(1);
      expect(root.querySelectorAll('script, [onerror], a[href^="javascript"]')).to.have.length(0);
      expectSameDom(normalized(root), whole.innerHTML, name);
    });
  }

  // Each well over two calls' most (4 KB, then 64 KB a call at the fastest): the
  // count of calls does not depend on how fast the machine lexes.
  const longLists: Record<string, string> = {
    'a tight list': tightList(5000),
    'an ordered list': orderedList(8000),
    'a loose list': lines(12_000, (i) => `- item ${i}\n\n`),
    'a list, then a paragraph': `Before.\n\n${tightList(4000)}\nAfter the list.\n`,
  };
  for (const [name, text] of Object.entries(longLists)) {
    it(`takes a long list of a finished text a slice per call, and ends as marked renders it whole: ${name}`, () => {
      const whole = document.createElement('div');
      whole.append(renderMarkdown(text, options));
      markdownStats.longestLex = 0;
      const stream = new MarkdownStream();
      const root = document.createElement('div');
      let calls = 0;
      do {
        show(stream.update(text, options, false), root);
        calls++;
      } while (!stream.complete);
      expect(calls, 'calls').to.be.above(2);
      // marked lexes a list in one call: the list was never handed to it whole.
      expect(markdownStats.longestLex, 'most characters lexed in one call').to.be.below(text.length / 2);
      expectSameDom(normalized(root), whole.innerHTML, name);
    });
  }
});

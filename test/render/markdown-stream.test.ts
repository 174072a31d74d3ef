import {expect} from '@open-wc/testing';
import {markdownStats} from '../../src/render/markdown.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';

const options = {inlineMath: false};

function html(blocks: readonly RenderedBlock[]): string {
  const root = document.createElement('div');
  for (const block of blocks) root.append(block.fragment.cloneNode(true));
  return root.innerHTML;
}

const sample = [
  '# Heading',
  '',
  'A paragraph with **bold** and a [link](https://example.com).',
  '',
  '- item one',
  '- item two',
  '  continued',
  '',
  '> quote',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '```python',
  'print("hi")',
  '',
  'print("after a blank line")',
  '```',
  '',
  'Last [ref][1] paragraph.',
  '',
  '[1]: https://example.com/ref',
].join('\n');

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('MarkdownStream', () => {
  it('freezes every block followed by another block, keeps the last one live', () => {
    const stream = new MarkdownStream();
    const blocks = stream.update('one\n\ntwo\n\nthr', options, true);
    expect(blocks.map((b) => b.frozen)).to.deep.equal([true, true, false]);
    expect(blocks.map((b) => b.key)).to.deep.equal([0, 1, 2]);
  });

  it('keeps a block live while only blank lines follow it', () => {
    const stream = new MarkdownStream();
    expect(stream.update('- a\n\n', options, true).map((b) => b.frozen)).to.deep.equal([false]);
    // The list goes on after the blank line: it was right not to freeze it.
    const blocks = stream.update('- a\n\n- b', options, true);
    expect(blocks.length).to.equal(1);
    expect(html(blocks)).to.match(/<li><p>a<\/p>\s*<\/li>\s*<li><p>b<\/p>/);
  });

  it('never renders a frozen block again and only lexes the text after it', () => {
    const stream = new MarkdownStream();
    const first = stream.update('para one\n\npara two', options, true);
    const frozen = first[0]!;
    const renders = markdownStats.blockRenders;
    let text = 'para one\n\npara two';
    for (const chunk of [' grows', ' and', ' grows']) {
      text += chunk;
      const blocks = stream.update(text, options, true);
      expect(blocks[0]).to.equal(frozen);
    }
    // One render per chunk: the live block only.
    expect(markdownStats.blockRenders - renders).to.equal(3);
  });

  it('renders nothing again when the text did not change', () => {
    const stream = new MarkdownStream();
    const blocks = stream.update('a\n\nb', options, false);
    const {lexes, blockRenders} = markdownStats;
    expect(stream.update('a\n\nb', options, false)).to.equal(blocks);
    expect(markdownStats.lexes).to.equal(lexes);
    expect(markdownStats.blockRenders).to.equal(blockRenders);
  });

  it('keeps the live block object when it is finished unchanged', () => {
    const stream = new MarkdownStream();
    const [live] = stream.update('para one\n\n', options, true);
    const blocks = stream.update('para one\n\nnext', options, true);
    expect(blocks[0]).to.equal(live);
    expect(blocks[0]!.frozen).to.equal(true);
  });

  it('streams to the same result as rendering the whole text at once', () => {
    const whole = html(new MarkdownStream().update(sample, options, false));
    const stream = new MarkdownStream();
    for (let end = 1; end <= sample.length; end += 3) stream.update(sample.slice(0, end), options, true);
    const last = stream.update(sample, options, false);
    expect(html(last)).to.equal(whole);
    expect(whole).to.contain('href="https://example.com/ref"');
    expect(last.every((b) => b.frozen)).to.equal(true);
  });

  it('starts over when the text is replaced rather than extended', () => {
    const stream = new MarkdownStream();
    stream.update('first\n\nsecond', options, true);
    const blocks = stream.update('other text', options, false);
    expect(html(blocks)).to.equal('<p>other text</p>');
  });

  it('hands its nodes over with take(), and renders them again only if asked again', () => {
    const stream = new MarkdownStream();
    const blocks = stream.update(sample, options, false);
    const whole = html(blocks);
    const renders = markdownStats.blockRenders;
    const taken = blocks.map((block) => block.take());
    // The first take gives the very nodes the block rendered: no copy, no new render.
    expect(markdownStats.blockRenders).to.equal(renders);
    const root = document.createElement('div');
    root.append(...taken);
    expect(root.innerHTML).to.equal(whole);
    // Asked again (the page lost them), a block renders them again from its text.
    expect(html([blocks[1]!])).to.equal(html(new MarkdownStream().update(sample, options, false).slice(1, 2)));
    expect(markdownStats.blockRenders).to.be.greaterThan(renders);
    expect(blocks[1]!.take()).to.not.equal(taken[1]);
  });

  it('treats CRLF like LF', () => {
    const blocks = new MarkdownStream().update('a\r\n\r\nb', options, false);
    expect(blocks.length).to.equal(2);
  });
});

// The nesting bound at the stream level (issue 10): a streamed reply with
// lines nested past the bound is bounded a line at a time as it arrives, so
// its finished blocks freeze as usual and no call lexes the whole reply,
// during the stream or at its end.
import {expect} from '@open-wc/testing';
import {markdownStats} from '../../src/render/markdown.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {maxMarkdownDepth} from '../../src/render/nesting.js';
import {depthOf} from '../support/index.js';

const options = {inlineMath: false};

function dom(blocks: readonly RenderedBlock[]): HTMLElement {
  const root = document.createElement('div');
  for (const block of blocks) root.append(block.fragment.cloneNode(true));
  return root;
}

/** Streams `text` in `size`-character pieces, then ends the stream; the blocks at the end. */
function stream(text: string, size: number): readonly RenderedBlock[] {
  const markdown = new MarkdownStream();
  for (let end = size; end < text.length; end += size) markdown.update(text.slice(0, end), options, true);
  let blocks = markdown.update(text, options, false);
  while (!markdown.complete) blocks = markdown.update(text, options, false);
  return blocks;
}

const paragraphs = (count: number, from: number) =>
  Array.from({length: count}, (_, i) => `Paragraph ${from + i} of the reply.`).join('\n\n');

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('MarkdownStream nesting bound', () => {
  for (const [name, deep] of [
    ['blockquotes', `${'> '.repeat(2000)}deep quote`],
    ['list markers', `${'- '.repeat(2000)}deep item`],
    ['indented list items', Array.from({length: 300}, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')],
  ] as const) {
    it(`freezes the blocks of a reply with ${name} nested past the bound, and never lexes it whole`, () => {
      // 180 KB of paragraphs on each side. A slice lexed in one call is sized
      // by the measured speed (up to 64 KB on a fast run), so the bound is a
      // quarter of the reply: lexing it whole, or all of it from the deep
      // part on, is still caught.
      const text = `${paragraphs(6000, 0)}\n\n${deep}\n\n${paragraphs(6000, 6000)}`;
      markdownStats.longestLex = 0;
      const blocks = stream(text, 211);
      expect(markdownStats.longestLex, 'most characters lexed in one call').to.be.below(text.length / 4);
      const root = dom(blocks);
      expect(depthOf(root, 'blockquote')).to.be.at.most(maxMarkdownDepth);
      expect(depthOf(root, 'ul, ol')).to.be.at.most(maxMarkdownDepth * 2 + 1);
      expect(blocks.every((block) => block.frozen)).to.equal(true);
      expect(root.textContent).to.contain('Paragraph 0 of');
      expect(root.textContent).to.contain('Paragraph 11999 of');
    });
  }

  it('renders a streamed reply past the bound as the same text renders at once', () => {
    const text = `${paragraphs(5, 0)}\n\n${'> '.repeat(100)}quote\n\n${'1. '.repeat(100)}item\n\n${paragraphs(5, 5)}`;
    const whole = new MarkdownStream();
    let once = whole.update(text, options, false);
    while (!whole.complete) once = whole.update(text, options, false);
    expect(dom(stream(text, 13)).innerHTML).to.equal(dom(once).innerHTML);
  });
});

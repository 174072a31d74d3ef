// The code that grows a long table, list or code block in place
// (render/growing-block.ts) loads on first use. This page has not loaded
// it: until it arrives, a streamed block is lexed again as a whole and a
// long list of a finished text waits, unshown; either way the DOM is the
// one the loaded code gives.
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {renderBlocks} from '../../src/components/chat-message-list/markdown-view.js';
import {markdownStats, type MarkdownOptions} from '../../src/render/markdown.js';
import {loadGrowingBlocks, MarkdownStream, type RenderedBlock} from '../../src/render/markdown-stream.js';
import {markupWithoutMarkers as normalized, nextFrame} from '../support/index.js';

const options: MarkdownOptions = {inlineMath: false};

function show(blocks: readonly RenderedBlock[], into: HTMLElement): void {
  render(
    renderBlocks(blocks, () => {}),
    into,
  );
}

/** Renders a finished text a call per frame, as the list does, until it is complete. */
async function finished(text: string): Promise<string> {
  const stream = new MarkdownStream();
  const root = document.createElement('div');
  show(stream.update(text, options, false), root);
  while (!stream.complete) {
    await nextFrame();
    show(stream.update(text, options, false), root);
  }
  return normalized(root);
}

const table = (rows: number) =>
  '| n | cell |\n|---|---|\n' +
  Array.from({length: rows}, (_, i) => `| ${i} | cell *${i}* with [a link](https://example.com/${i}) |\n`).join('');
const list = (items: number) => Array.from({length: items}, (_, i) => `- item ${i} with **bold** and _em_\n`).join('');

describe('the code that grows long blocks, before it has loaded', function () {
  this.timeout(60000);

  it('a streamed table is lexed as a whole meanwhile, a finished list waits unshown; both end as the loaded code renders them', async () => {
    // Streamed, in one synchronous run: the code cannot arrive meanwhile.
    const streamedText = `Intro.\n\n${table(200)}`;
    const streaming = new MarkdownStream();
    const streamedRoot = document.createElement('div');
    const lexedBefore = markdownStats.lexedChars;
    for (let at = 0; at < streamedText.length; at += 400)
      show(streaming.update(streamedText.slice(0, at + 400), options, true), streamedRoot);
    // Lexed as a whole each time: far more than the text once (the grown table lexes about its length).
    expect(markdownStats.lexedChars - lexedBefore).to.be.above(5 * streamedText.length);
    expect(streamedRoot.querySelectorAll('tbody tr')).to.have.length(200);

    // A finished text: what comes before the list shows, the list waits for the code.
    const listText = `# Title\n\nBefore the list.\n\n${list(600)}\nAfter the list.\n`;
    const waiting = new MarkdownStream();
    const first = document.createElement('div');
    show(waiting.update(listText, options, false), first);
    expect(first.querySelector('h1')?.textContent).to.equal('Title');
    expect(first.querySelector('li')).to.equal(null);
    expect(waiting.complete).to.equal(false);

    // Once loaded, the list renders, and both DOMs are what the loaded code makes of the same texts.
    const listDom = await finished(listText);
    await loadGrowingBlocks();
    const loadedStream = new MarkdownStream();
    const loadedRoot = document.createElement('div');
    for (let at = 0; at < streamedText.length; at += 400)
      show(loadedStream.update(streamedText.slice(0, at + 400), options, true), loadedRoot);
    do show(loadedStream.update(streamedText, options, false), loadedRoot);
    while (!loadedStream.complete);
    do show(streaming.update(streamedText, options, false), streamedRoot);
    while (!streaming.complete);
    expect(normalized(streamedRoot)).to.equal(normalized(loadedRoot));
    expect(listDom).to.equal(await finished(listText));
    expect(listDom).to.contain('After the list.');
    expect(listDom.match(/<li>/g)).to.have.length(600);
  });
});

// A long text's blocks are put in groups (`content-visibility: auto` boxes)
// so that the layout of the groups off screen is skipped. The groups are the
// same whether the text streamed in or rendered at once, its text is all in
// the DOM (find-in-page, copying), and the margins at its first and last
// block are the ones a short text has.
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {blocksPerGroup, renderBlocks} from '../../src/components/chat-message-list/markdown-view.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {markupWithoutMarkers as normalized, standaloneList, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';

const options = {inlineMath: false};
const noEnhancer = () => {};

const paragraphs = (count: number) => Array.from({length: count}, (_, i) => `Paragraph ${i} with *some* emphasis.\n\n`).join('');

/** The blocks rendered as the message list does: keyed, each block's nodes taken once. */
function show(blocks: readonly RenderedBlock[], into: HTMLElement): void {
  render(renderBlocks(blocks, noEnhancer), into);
}

function renderedOnce(text: string): HTMLElement {
  const stream = new MarkdownStream();
  const root = document.createElement('div');
  do show(stream.update(text, options, false), root);
  while (!stream.complete);
  return root;
}

/** `text` in chunks of `size` characters, rendered after each; `after` looks at the DOM after each chunk. */
function renderedStreaming(text: string, size: number, after?: (root: HTMLElement) => void): HTMLElement {
  const stream = new MarkdownStream();
  const root = document.createElement('div');
  for (let end = size; end < text.length + size; end += size) {
    show(stream.update(text.slice(0, end), options, true), root);
    after?.(root);
  }
  do show(stream.update(text, options, false), root);
  while (!stream.complete);
  return root;
}

const groupsOf = (root: Element) => [...root.children].filter((child) => child.classList.contains('block-group'));

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('The blocks of a long text', function () {
  this.timeout(120_000);

  it('are not grouped while there are at most blocksPerGroup of them', () => {
    const root = renderedOnce(paragraphs(blocksPerGroup));
    expect(groupsOf(root)).to.have.length(0);
    expect(root.querySelectorAll(':scope > p')).to.have.length(blocksPerGroup);
  });

  it('past that, are put in groups of blocksPerGroup after the first blocksPerGroup, in order', () => {
    const count = blocksPerGroup * 3 + 10;
    const root = renderedOnce(paragraphs(count));
    const groups = groupsOf(root);
    expect(groups).to.have.length(3);
    expect(root.children).to.have.length(blocksPerGroup + 3);
    expect(root.querySelectorAll(':scope > p')).to.have.length(blocksPerGroup);
    expect(groups.map((group) => group.children.length)).to.deep.equal([blocksPerGroup, blocksPerGroup, 10]);
    const texts = [...root.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).to.deep.equal(Array.from({length: count}, (_, i) => `Paragraph ${i} with some emphasis.`));
  });

  it('end in the same groups streamed as rendered at once', () => {
    const text = `# Title\n\n${paragraphs(blocksPerGroup * 2 + 40)}| a | b |\n|---|---|\n| 1 | 2 |\n\nThe end.`;
    const expected = normalized(renderedOnce(text));
    expect(normalized(renderedStreaming(text, 97))).to.equal(expected);
    expect(normalized(renderedStreaming(text, 4000))).to.equal(expected);
  });

  it('keep the DOM of the first blocks and of a finished group while more text arrives', () => {
    const text = paragraphs(blocksPerGroup * 4);
    let firstBlock: Element | undefined;
    let first: Element | undefined;
    let firstInGroup: Element | undefined;
    renderedStreaming(text, 500, (root) => {
      firstBlock ??= root.firstElementChild ?? undefined;
      expect(root.firstElementChild).to.equal(firstBlock);
      const group = groupsOf(root)[0];
      if (!group || group.children.length < blocksPerGroup) return;
      first ??= group;
      firstInGroup ??= group.firstElementChild!;
      expect(group).to.equal(first);
      expect(group.firstElementChild).to.equal(firstInGroup);
    });
    expect(first, 'a first group was full while streaming').to.exist;
  });
});

describe('A long message in the list', function () {
  this.timeout(120_000);

  it('shows its groups as content-visibility: auto boxes, with all its text in the DOM and the margins of a short text', async () => {
    const count = blocksPerGroup * 3 + 5;
    const list = await standaloneList([{role: 'assistant', content: paragraphs(count)}]);
    const content = () => list.shadowRoot!.querySelector<HTMLElement>('[part~="message-content"]');
    await until(() => content()?.querySelectorAll('p').length === count, 'the whole message rendered', 60_000);
    const groups = groupsOf(content()!);
    expect(groups).to.have.length(3);
    for (const group of groups) expect(getComputedStyle(group).contentVisibility).to.equal('auto');
    // Off-screen groups keep their text in the DOM: find-in-page and selection see it.
    expect(groups[0]!.textContent).to.include(`Paragraph ${blocksPerGroup} with some emphasis.`);
    expect(content()!.textContent).to.include(`Paragraph ${count - 1} with some emphasis.`);
    const paragraphsShown = content()!.querySelectorAll('p');
    expect(getComputedStyle(paragraphsShown[0]!).marginBlockStart).to.equal('0px');
    expect(getComputedStyle(paragraphsShown[count - 1]!).marginBlockEnd).to.equal('0px');
    // Inside, blocks keep their spacing.
    expect(getComputedStyle(paragraphsShown[1]!).marginBlockEnd).to.not.equal('0px');
    expect(getComputedStyle(paragraphsShown[blocksPerGroup - 1]!).marginBlockEnd).to.not.equal('0px');
    // Between two groups, the same space as between two blocks in a group (the group keeps it, not its last block).
    const gap = (before: number) =>
      paragraphsShown[before + 1]!.getBoundingClientRect().top - paragraphsShown[before]!.getBoundingClientRect().bottom;
    expect(gap(blocksPerGroup * 2 - 1)).to.be.closeTo(gap(blocksPerGroup * 2 - 2), 0.5);
    expect(gap(blocksPerGroup * 2 - 1)).to.be.greaterThan(0);
  });

  it('is found by find-in-page in a group off screen', async () => {
    const count = blocksPerGroup * 2 + 5;
    const text = paragraphs(count).replace(`Paragraph ${blocksPerGroup + 3} with`, 'Paragraph xylophone with');
    const list = await standaloneList([{role: 'assistant', content: text}]);
    const content = () => list.shadowRoot!.querySelector<HTMLElement>('[part~="message-content"]');
    await until(() => content()?.querySelectorAll('p').length === count, 'the whole message rendered', 60_000);
    await until(() => list.shadowRoot!.querySelector('.log')!.scrollTop > 0, 'the list at its end');
    getSelection()!.removeAllRanges();
    expect((window as unknown as {find(text: string): boolean}).find('xylophone')).to.equal(true);
  });
});

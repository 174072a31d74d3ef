// Formulas in a long text's grouped blocks (past the first blocksPerGroup)
// show their source, marked pending, until their group comes on screen; the
// first blocks' formulas are typeset as they render. Streamed or rendered at
// once, the text gives the same DOM, and a pending formula typesets to the
// MathML it would have had.
import {expect} from '@open-wc/testing';
import {blocksPerGroup} from '../../src/render/block-groups.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {typesetPendingMath} from '../../src/render/math-typeset.js';
import {renderMath} from '../../src/render/math.js';
import {until} from '../support/index.js';

const options = {inlineMath: false};
const formulas = (count: number) => Array.from({length: count}, (_, i) => `$$x_{${i}}$$\n\n`).join('');

function dom(blocks: readonly RenderedBlock[]): HTMLElement {
  const root = document.createElement('div');
  for (const block of blocks) root.append(block.fragment.cloneNode(true));
  return root;
}

function renderedOnce(text: string): HTMLElement {
  const stream = new MarkdownStream();
  let blocks = stream.update(text, options, false);
  while (!stream.complete) blocks = stream.update(text, options, false);
  return dom(blocks);
}

function renderedStreaming(text: string, size: number): HTMLElement {
  const stream = new MarkdownStream();
  for (let end = size; end < text.length; end += size) stream.update(text.slice(0, end), options, true);
  let blocks = stream.update(text, options, false);
  while (!stream.complete) blocks = stream.update(text, options, false);
  return dom(blocks);
}

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('formulas past the first blocks of a text', function () {
  this.timeout(120_000);

  before(async () => {
    // KaTeX loads on the first formula typeset.
    renderMath('x', true);
    await until(() => renderMath('x', true).includes('<math'), 'KaTeX loaded');
  });

  it('show their source, pending, while the first blocks are typeset', () => {
    const root = renderedOnce(`${formulas(blocksPerGroup + 40)}The end.`);
    expect(root.querySelectorAll('math')).to.have.length(blocksPerGroup);
    const pending = [...root.querySelectorAll('.math-pending')];
    expect(pending).to.have.length(40);
    expect(pending[0]!.localName).to.equal('pre');
    expect(pending[0]!.textContent).to.equal(`x_{${blocksPerGroup}}`);
    expect(pending.at(-1)!.textContent).to.equal(`x_{${blocksPerGroup + 39}}`);
  });

  it('give the same DOM streamed and rendered at once, inline and display', () => {
    const text = `${formulas(blocksPerGroup + 20)}Inline \\(a^{2}\\) and \\[b\\] too.\n\n| a |\n|---|\n| \\(c\\) |\n\nThe end.`;
    const once = renderedOnce(text);
    expect(once.querySelectorAll('code.math-pending')).to.have.length(2);
    expect(renderedStreaming(text, 37).innerHTML).to.equal(once.innerHTML);
    expect(renderedStreaming(text, 500).innerHTML).to.equal(once.innerHTML);
  });

  it('typeset to the MathML a formula in the first blocks has, as sanitized', () => {
    const root = renderedOnce(`${formulas(blocksPerGroup)}$$x_{0}$$\n\nInline \\(a^{2}\\).`);
    expect(typesetPendingMath(root, Infinity)).to.equal('done');
    expect(root.querySelector('.math-pending')).to.equal(null);
    const math = [...root.querySelectorAll('.math-display')];
    expect(math).to.have.length(blocksPerGroup + 1);
    expect(math.at(-1)!.outerHTML).to.equal(math[0]!.outerHTML);
    expect(root.querySelector('.math-inline math annotation')?.textContent).to.equal('a^{2}');
  });

  it('stop at the time budget, at least one batch per call, and go on in the next', () => {
    const root = renderedOnce(formulas(blocksPerGroup + 100));
    expect(typesetPendingMath(root, 0)).to.equal('more');
    const left = root.querySelectorAll('.math-pending').length;
    expect(left).to.be.within(1, 99);
    while (typesetPendingMath(root, 0) === 'more');
    expect(root.querySelector('.math-pending')).to.equal(null);
    expect(root.querySelectorAll('math')).to.have.length(blocksPerGroup + 100);
  });

  it('keep their bounds: a formula nested too deep shows its source, not pending', () => {
    const deep = `${'{'.repeat(40)}x${'}'.repeat(40)}`;
    const root = renderedOnce(`${formulas(blocksPerGroup)}$$${deep}$$\n\nend`);
    expect(typesetPendingMath(root, Infinity)).to.equal('done');
    expect(root.querySelector('.math-pending')).to.equal(null);
    expect(root.querySelector('pre.math-source')?.textContent).to.equal(deep);
  });
});

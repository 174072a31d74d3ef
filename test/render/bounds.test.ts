// Bounds on what one text can make the renderers do: nesting capped before
// parsing, formulas too deep or too long shown as source, inline runs too
// long or too dense shown as text, and a long text rendered over several
// calls rather than in one.
import {expect} from '@open-wc/testing';
import {lexBlocks, renderBlocks, renderMarkdown} from '../../src/render/markdown.js';
import {MarkdownStream, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {maxListIndent, maxMarkdownDepth} from '../../src/render/nesting.js';
import {renderMath} from '../../src/render/math.js';
import {depthOf} from '../support/index.js';

const options = {inlineMath: false};

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('render bounds', () => {
  it('caps blockquote nesting and shows the deeper markers as text', () => {
    const fragment = renderMarkdown(`${'>'.repeat(2000)} end`, options);
    expect(depthOf(fragment, 'blockquote')).to.equal(maxMarkdownDepth);
    expect(fragment.textContent).to.contain('>'.repeat(100));
    expect(fragment.textContent).to.contain('end');
  });

  it('caps chains of list markers and deep indentation', () => {
    for (const text of [
      `${'- '.repeat(2000)}x`,
      `${'1. '.repeat(2000)}x`,
      Array.from({length: 3000}, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    ]) {
      const fragment = renderMarkdown(text, options);
      expect(depthOf(fragment, 'ul, ol')).to.be.at.most(maxMarkdownDepth * 2 + 1);
    }
  });

  it('moves list items indented past maxListIndent columns back to that depth', () => {
    const text = Array.from({length: 300}, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const fragment = renderMarkdown(text, options);
    expect(depthOf(fragment, 'ul')).to.equal(maxListIndent / 2 + 1);
    expect(fragment.textContent).to.contain('item 299');
  });

  it('never throws out of lexing', () => {
    expect(() => lexBlocks(`${'* > '.repeat(5000)}x`, options)).not.to.throw();
    expect(() => lexBlocks(`${'['.repeat(100_000)}`, options)).not.to.throw();
  });

  it('shows formulas nested too deep, or too long, as their source', () => {
    for (const tex of [
      `${'\\frac{1}{'.repeat(1000)}x${'}'.repeat(1000)}`,
      `${'{'.repeat(5000)}x${'}'.repeat(5000)}`,
      `${'\\left('.repeat(100)}x${'\\right)'.repeat(100)}`,
      'x+'.repeat(3000),
    ]) {
      expect(renderMath(tex, true)).to.match(/^<pre class="math-source">/);
    }
  });

  it('shows an inline run with too many delimiters as text', () => {
    const fragment = renderMarkdown(`${'_a'.repeat(50_000)}`, options);
    expect(fragment.querySelector('em, strong')).to.equal(null);
    expect(fragment.textContent!.trim().length).to.equal(100_000);
  });

  it('renders a long text over several calls, each leaving the rest for the next', () => {
    const text = `${'para\n\n'.repeat(20_000)}end`;
    const stream = new MarkdownStream();
    let blocks = stream.update(text, options, false);
    expect(stream.complete).to.equal(false);
    expect(blocks.length).to.be.below(20_001);
    let calls = 1;
    while (!stream.complete) {
      blocks = stream.update(text, options, false);
      calls++;
    }
    expect(calls).to.be.above(1);
    expect(blocks.length).to.equal(20_001);
    expect(blocks.every((block) => block.frozen)).to.equal(true);
    expect(blocks.at(-1)!.fragment.textContent!.trim()).to.equal('end');
  });

  it('renders blocks until its deadline, at least one, and leaves the rest out', () => {
    const blocks = Array.from({length: 20}, (_, i) => lexBlocks(`Block ${i} with *emphasis*.`, options).tokens);
    const past = renderBlocks(blocks, options, performance.now() - 1);
    expect(past.length).to.equal(1);
    expect(past[0]!.fragment.textContent).to.contain('Block 0');
    const all = renderBlocks(blocks, options);
    expect(all.length).to.equal(20);
    expect(all[19]!.fragment.textContent).to.contain('Block 19');
  });
});

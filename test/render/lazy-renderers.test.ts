import {expect} from '@open-wc/testing';
import {onPluginLoaded} from '../../src/render/lazy.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';
import {until} from '../support/index.js';

function fetched(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

function dom(blocks: readonly RenderedBlock[]): HTMLElement {
  const root = document.createElement('div');
  for (const block of blocks) root.append(block.fragment.cloneNode(true));
  return root;
}

/** Resolves on the next time an optional renderer finishes loading. */
function nextPluginLoad(): Promise<void> {
  return new Promise((resolve) => {
    const stop = onPluginLoaded(() => {
      stop();
      resolve();
    });
  });
}

// The order matters: the first tests prove nothing was loaded before.

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('lazily loaded renderers', () => {
  it('loads neither highlighting nor math for plain text', () => {
    const blocks = new MarkdownStream().update('Just *text*, `inline code` and $5.', {inlineMath: false}, false);
    expect(dom(blocks).textContent).to.contain('Just text');
    expect(fetched(/highlight\.js/)).to.deep.equal([]);
    expect(fetched(/katex/)).to.deep.equal([]);
  });

  it('does not load a highlighter for a language it does not know', () => {
    const blocks = new MarkdownStream().update('```klingon\nQapla!\n```', {inlineMath: false}, false);
    expect(dom(blocks).querySelector('code')?.textContent).to.equal('Qapla!');
    expect(fetched(/highlight\.js/)).to.deep.equal([]);
  });

  it('highlights code once highlight.js has loaded, on the first code block', async () => {
    const stream = new MarkdownStream();
    const loaded = nextPluginLoad();
    const first = stream.update('```js\nconst answer = 42;\n```', {inlineMath: false}, false);
    expect(dom(first).querySelector('.hljs-keyword'), 'not yet').to.equal(null);
    expect(dom(first).querySelector('code')?.textContent).to.equal('const answer = 42;');
    await loaded;
    await until(() => dom(stream.update('```js\nconst answer = 42;\n```', {inlineMath: false}, false)).querySelector('.hljs-keyword'));
    expect(fetched(/highlight\.js.*core/).length).to.be.greaterThan(0);
    expect(fetched(/languages\/javascript/).length).to.be.greaterThan(0);
    expect(fetched(/languages\/python/)).to.deep.equal([]);
  });

  it('typesets $$…$$ with KaTeX as MathML once it has loaded', async () => {
    const stream = new MarkdownStream();
    const text = 'Energy:\n\n$$E = mc^2$$\n\nand inline \\(a^2\\).';
    const first = stream.update(text, {inlineMath: false}, false);
    expect(dom(first).querySelector('.math-source')?.textContent).to.equal('E = mc^2');
    await until(() => dom(stream.update(text, {inlineMath: false}, false)).querySelector('math'), 'math rendered');
    const root = dom(stream.update(text, {inlineMath: false}, false));
    expect(root.querySelectorAll('math').length).to.equal(2);
    expect(root.querySelector('math[display="block"]')).to.exist;
    expect(root.querySelector('[style]'), 'no inline styles').to.equal(null);
    expect(fetched(/katex/).length).to.be.greaterThan(0);
  });

  it('reads $…$ as math only when inline math is on, and leaves prices alone', async () => {
    const stream = new MarkdownStream();
    const text = 'So $x^2$ costs $5 and $10.';
    await until(() => dom(stream.update(text, {inlineMath: true}, false)).querySelector('math'), 'math rendered');
    const on = dom(stream.update(text, {inlineMath: true}, false));
    expect(on.querySelectorAll('math').length).to.equal(1);
    expect(on.textContent).to.contain('costs $5 and $10');
    const off = dom(new MarkdownStream().update('So $x^2$ costs $5.', {inlineMath: false}, false));
    expect(off.querySelector('math')).to.equal(null);
    expect(off.textContent).to.contain('$x^2$');
  });

  it('renders math while streaming, and does not touch a formula being written', () => {
    const stream = new MarkdownStream();
    const partial = dom(stream.update('Look:\n\n$$\\frac{a}{', {inlineMath: false}, true));
    expect(partial.querySelector('math')).to.equal(null);
    const done = dom(stream.update('Look:\n\n$$\\frac{a}{b}$$', {inlineMath: false}, true));
    expect(done.querySelector('math')).to.exist;
  });

  it('never lets a formula link or script anything', () => {
    const root = dom(
      new MarkdownStream().update('$$\\href{javascript:alert(1)}{x} \\url{javascript:alert(2)}$$', {inlineMath: false}, false),
    );
    expect(root.textContent).to.not.equal('');
    for (const element of root.querySelectorAll('[href]')) {
      expect(element.getAttribute('href')).to.not.match(/^\s*javascript:/i);
    }
  });
});

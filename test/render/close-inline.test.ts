import {expect} from '@open-wc/testing';
import {closeOpenInline} from '../../src/render/close-inline.js';
import {MarkdownStream, type RenderedBlock, loadGrowingBlocks} from '../../src/render/markdown-stream.js';

const closed = (text: string) => closeOpenInline(text).text;

// These tests drive streams synchronously: the code that grows long blocks (loaded on first use) is there first.
before(() => loadGrowingBlocks());

describe('closeOpenInline: an unfinished end shown as it will end', () => {
  it('closes open emphasis, strong, strike-through and code spans', () => {
    expect(closed('Some **bold')).to.equal('Some **bold**');
    expect(closed('Some *it')).to.equal('Some *it*');
    expect(closed('Some _it')).to.equal('Some _it_');
    expect(closed('Some ~~gone')).to.equal('Some ~~gone~~');
    expect(closed('Run `npm i')).to.equal('Run `npm i`');
    expect(closed('Use ``a ` b')).to.equal('Use ``a ` b``');
    expect(closed('**bold *and it')).to.equal('**bold *and it***');
  });

  it('puts the closer against the text: a trailing space would keep it from closing', () => {
    expect(closed('Some **bold ')).to.equal('Some **bold**');
  });

  it('leaves out a marker with nothing after it yet', () => {
    expect(closed('Some **')).to.equal('Some ');
    expect(closed('Some `')).to.equal('Some ');
    expect(closed('para\n\n**')).to.equal('para\n\n');
  });

  it('shows a link being written as its label, never a half-written URL, and a half-written image not at all', () => {
    expect(closed('See [the docs')).to.equal('See the docs');
    expect(closed('See [the docs](https://exa')).to.equal('See the docs');
    expect(closed('See [the **docs')).to.equal('See the **docs**');
    expect(closed('Look ![a cat](https://exa')).to.equal('Look ');
    expect(closed('Look ![a c')).to.equal('Look ');
  });

  it('changes nothing that is already closed, or is not inline text', () => {
    for (const text of [
      'Some **bold** text',
      'A [link](https://example.com) here',
      'snake_case_name and 2 * 3 = 6',
      '* a list item',
      '- item\n- another',
      '```js\nconst a = **b',
      '    indented **code',
      '| a | **b',
      '$$x **y',
      'escaped \\*star',
      '',
    ]) {
      expect(closeOpenInline(text), JSON.stringify(text)).to.deep.equal({text, stable: text.length});
    }
  });

  it('touches only the last block and says where the change starts', () => {
    const text = 'First *para* done.\n\nSecond **bold';
    const result = closeOpenInline(text);
    expect(result.text).to.equal('First *para* done.\n\nSecond **bold**');
    expect(result.stable).to.equal(text.length);
    const link = closeOpenInline('A\n\nsee [x](http://y');
    expect(link.text).to.equal('A\n\nsee x');
    expect(link.stable).to.equal('A\n\nsee '.length);
  });
});

describe('MarkdownStream while streaming: unfinished inline markdown', () => {
  const options = {inlineMath: false};
  const html = (blocks: readonly RenderedBlock[]) => {
    const root = document.createElement('div');
    for (const block of blocks) root.append(block.fragment.cloneNode(true));
    return root.innerHTML;
  };
  /** Streams `text` in pieces of `size`, then finishes it; returns the final HTML and what was seen on the way. */
  const stream = (text: string, size: number) => {
    const renderer = new MarkdownStream();
    const seen: string[] = [];
    for (let end = size; end < text.length; end += size) {
      let blocks = renderer.update(text.slice(0, end), options, true);
      while (!renderer.complete) blocks = renderer.update(text.slice(0, end), options, true);
      seen.push(html(blocks));
    }
    let blocks = renderer.update(text, options, false);
    while (!renderer.complete) blocks = renderer.update(text, options, false);
    return {final: html(blocks), seen};
  };
  const finished = (text: string) => {
    const renderer = new MarkdownStream();
    let blocks = renderer.update(text, options, false);
    while (!renderer.complete) blocks = renderer.update(text, options, false);
    return html(blocks);
  };

  it('never shows a raw marker at the end of a paragraph, heading or list item on the way', () => {
    const text =
      '# A **bold** title\n\nA paragraph with **strong text**, `a code span` and *emphasis*.\n\n- an item with ~~struck words~~ and [a link](https://example.com)';
    const {final, seen} = stream(text, 1);
    expect(final).to.equal(finished(text));
    const raw = seen.filter((shown) => {
      const root = document.createElement('div');
      root.innerHTML = shown;
      return /[*`~[]/.test(root.textContent ?? '');
    });
    expect(raw.map((shown) => shown.slice(-80))).to.deep.equal([]);
  });

  it('shows **bold, `code and [links as they will end, never as raw markers', () => {
    const renderer = new MarkdownStream();
    const bold = html(renderer.update('Some **bold', options, true));
    expect(bold).to.contain('<strong>bold</strong>');
    expect(bold).to.not.contain('**');
    const code = html(renderer.update('Some **bold** and `npm i', options, true));
    expect(code).to.contain('<code>npm i</code>');
    expect(code).to.not.contain('`');
    const link = html(renderer.update('Some **bold** and `npm i` then [the docs](https://exa', options, true));
    expect(link).to.contain('the docs');
    expect(link).to.not.contain('[the docs');
    expect(link).to.not.contain('https://exa');
  });

  it('the final DOM is the same as rendering the finished text at once, whatever the chunk size', () => {
    const text = [
      '# A **title** with `code`',
      '',
      'Some *emphasis*, **strong**, ~~gone~~, `a span`, snake_case_name, 2 * 3 = 6 and a [link](https://example.com/a_b).',
      '',
      '- item with **bold',
      '  continued** here',
      '- item with `code`',
      '',
      '| a | **b** |',
      '|---|---|',
      '| 1 | `2` |',
      '',
      '```js',
      'const a = **b; // not emphasis',
      '```',
      '',
      '> quoted _text_ and ![an image](https://example.com/x.png)',
      '',
      'Last paragraph ends **strong *and emphasis***.',
    ].join('\n');
    const expected = finished(text);
    for (const size of [1, 2, 3, 7, 16]) {
      const {final, seen} = stream(text, size);
      expect(final, `pieces of ${size}`).to.equal(expected);
      expect(seen.length).to.be.greaterThan(0);
    }
  });
});

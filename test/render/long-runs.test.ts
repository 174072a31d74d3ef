// The cap on unbroken runs (issue 17): a run of text with no break
// opportunity gets one every `max-unbroken-run` characters (default 200), so
// laying it out costs what any text of that length costs; the text itself is
// unchanged, and code keeps its runs as they are.
import {expect} from '@open-wc/testing';
import {renderMarkdown} from '../../src/render/markdown.js';
import {defaultMaxUnbrokenRun, textWithBreaks} from '../../src/render/long-runs.js';
import {plainFragment} from '../../src/render/plain-blocks.js';

const options = {inlineMath: false};

/** The lengths of the texts between the `<wbr>`s of `root`. */
function pieceLengths(root: ParentNode): number[] {
  const lengths = [0];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeName === 'WBR') lengths.push(0);
    else if (node.nodeType === Node.TEXT_NODE) lengths[lengths.length - 1] += (node as Text).data.length;
  }
  return lengths;
}

describe('unbroken runs', () => {
  it('breaks a 100 KB word every 200 characters by default, and keeps its text', () => {
    expect(defaultMaxUnbrokenRun).to.equal(200);
    const word = 'w'.repeat(100_000);
    const fragment = renderMarkdown(`before ${word} after`, options);
    expect(fragment.querySelectorAll('wbr').length).to.equal(Math.ceil(word.length / 200) - 1);
    expect(fragment.textContent!.trim()).to.equal(`before ${word} after`);
  });

  it('breaks every maxUnbrokenRun characters when a cap is set', () => {
    const word = 'w'.repeat(1000);
    const fragment = renderMarkdown(`before ${word} after`, {...options, maxUnbrokenRun: 64});
    const paragraph = fragment.querySelector('p')!;
    expect(paragraph.querySelectorAll('wbr').length).to.equal(Math.ceil(1000 / 64) - 1);
    // `before ` and the first 64 characters, then 64 at a time, then the rest of the word and ` after`.
    const lengths = pieceLengths(paragraph);
    expect(lengths[0]).to.equal('before '.length + 64);
    expect(lengths.slice(1, -1).every((length) => length === 64)).to.equal(true);
    expect(lengths.at(-1)).to.equal((1000 % 64) + ' after'.length);
    expect(paragraph.textContent).to.equal(`before ${word} after`);
  });

  it('leaves runs up to the cap, code blocks, and every run with an Infinity cap, as they are', () => {
    const short = renderMarkdown(`${'s'.repeat(defaultMaxUnbrokenRun)} end`, options);
    expect(short.querySelector('wbr')).to.equal(null);
    const code = renderMarkdown(`\`\`\`\n${'c'.repeat(5000)}\n\`\`\``, options);
    expect(code.querySelector('wbr')).to.equal(null);
    expect(code.querySelector('pre')!.textContent).to.contain('c'.repeat(5000));
    expect(renderMarkdown('w'.repeat(5000), {...options, maxUnbrokenRun: Infinity}).querySelector('wbr')).to.equal(null);
  });

  it('never puts a break between the two halves of a surrogate pair', () => {
    const emoji = '😀'.repeat(400);
    const nodes = textWithBreaks(emoji, 201);
    expect(nodes.filter((node) => node.nodeName === 'WBR').length).to.be.greaterThan(2);
    for (const node of nodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const data = (node as Text).data;
      expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(data), 'a text node starts or ends inside a pair').to.equal(false);
    }
    expect(nodes.map((node) => node.textContent).join('')).to.equal(emoji);
  });

  it('shows plain text with breaks at the same cap', () => {
    const block = plainFragment('w'.repeat(1000), 100).firstElementChild!;
    expect(block.querySelectorAll('wbr').length).to.equal(9);
    expect(block.textContent).to.equal('w'.repeat(1000));
  });
});

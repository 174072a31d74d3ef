// A paragraph of thousands of lines is cut into runs of lines, each a block
// that skips layout off screen; it reads and copies as the one paragraph it was.
import {expect} from '@open-wc/testing';
import {lineRunClass, linesPerRun} from '../../src/render/line-runs.js';
import {renderMarkdown} from '../../src/render/markdown.js';
import {visibleText} from '../../src/render/visible-text.js';
import {markdownStyles} from '../../src/components/chat-message-list/markdown.styles.js';

const options = {inlineMath: false};
const lines = (count: number, line: (i: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n');

/** The markdown rendered into a styled `.markdown` box on the page (runs are laid out as the widget lays them out). */
function shown(text: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = [markdownStyles.styleSheet!];
  const box = document.createElement('div');
  box.className = 'markdown';
  box.append(renderMarkdown(text, options));
  root.append(box);
  return box;
}

afterEach(() => document.body.replaceChildren());

describe('line runs', () => {
  it(`cuts a paragraph of ${linesPerRun * 2 + 50} lines into three runs, one line break between two runs`, () => {
    const text = lines(linesPerRun * 2 + 50, (i) => `line ${i} with *emphasis*`);
    const box = shown(text);
    const paragraph = box.querySelector('p')!;
    const runs = [...paragraph.childNodes];
    expect(runs.map((run) => (run as Element).className)).to.deep.equal([lineRunClass, lineRunClass, lineRunClass]);
    expect(runs.map((run) => (run as Element).querySelectorAll('br').length)).to.deep.equal([linesPerRun - 1, linesPerRun - 1, 49]);
    expect(getComputedStyle(runs[0] as Element).display).to.equal('block');
    expect(paragraph.querySelectorAll('em')).to.have.length(linesPerRun * 2 + 50);
    expect(visibleText(box)).to.equal(lines(linesPerRun * 2 + 50, (i) => `line ${i} with emphasis`));
  });

  it('cuts a paragraph past the length parsed as markup (shown as text) and the one in a blockquote', () => {
    const long = lines(3000, (i) => `a short line ${i} <img src=x onerror=alert(1)>`);
    const box = shown(`${long}\n\n> ${long.replaceAll('\n', '\n> ')}`);
    const [first, quoted] = [...box.querySelectorAll('p')];
    expect(first!.querySelectorAll(`:scope > .${lineRunClass}`)).to.have.length(30);
    expect(quoted!.closest('blockquote')).not.to.equal(null);
    expect(quoted!.querySelectorAll(`:scope > .${lineRunClass}`)).to.have.length(30);
    // Sanitized first: the markup in the lines is text, or gone.
    expect(box.querySelector('img')).to.equal(null);
    expect(first!.textContent).to.contain('a short line 2999');
  });

  it('cuts a list item of many lines, and leaves a paragraph with fewer line breaks as it is', () => {
    const box = shown(
      `- ${lines(linesPerRun + 1, (i) => `item line ${i}`).replaceAll('\n', '\n  ')}\n\n${lines(linesPerRun, (i) => `short ${i}`)}`,
    );
    expect(box.querySelectorAll(`li > .${lineRunClass}`)).to.have.length(2);
    const paragraph = box.querySelector(':scope > p')!;
    expect(paragraph.querySelector(`.${lineRunClass}`)).to.equal(null);
    expect(paragraph.querySelectorAll(':scope > br')).to.have.length(linesPerRun - 1);
  });

  it('is a class a message cannot give', () => {
    const box = shown(`<span class="${lineRunClass}">mine</span>`);
    expect(box.querySelector(`.${lineRunClass}`)).to.equal(null);
    expect(box.textContent).to.contain('mine');
  });
});

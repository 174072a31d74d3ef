import {expect} from '@open-wc/testing';
import {renderInlineMarkdown, renderMarkdown} from '../../src/render/markdown.js';
import {sanitizeToFragment} from '../../src/render/sanitize.js';
import {armXssTrap, expectInert, hitsOnceSettled, textPayloads} from './xss-corpus.js';

const options = {inlineMath: false};

function render(src: string): HTMLElement {
  const root = document.createElement('div');
  root.append(renderMarkdown(src, options));
  return root;
}

describe('markdown', () => {
  it('renders GitHub-flavoured markdown', () => {
    const root = render(
      [
        '# Title',
        '',
        'Some **bold**, *em*, ~~gone~~ and `code`.',
        'Second line',
        '',
        '- one',
        '- two',
        '',
        '1. first',
        '',
        '- [x] done',
        '- [ ] todo',
        '',
        '> quoted',
        '',
        '| a | b |',
        '|---|:-:|',
        '| 1 | 2 |',
        '',
        'https://example.com/auto',
        '',
        '```js',
        'const x = 1;',
        '```',
      ].join('\n'),
    );
    expect(root.querySelector('h1')?.textContent).to.equal('Title');
    expect(root.querySelector('strong')?.textContent).to.equal('bold');
    expect(root.querySelector('em')?.textContent).to.equal('em');
    expect(root.querySelector('del')?.textContent).to.equal('gone');
    expect(root.querySelector('p code')?.textContent).to.equal('code');
    expect(root.querySelector('p br'), 'single newline is a line break').to.exist;
    expect(root.querySelectorAll('ul li').length).to.equal(4);
    expect(root.querySelector('ol li')?.textContent).to.equal('first');
    expect(root.querySelector('.task-done')?.textContent).to.equal('☑');
    expect(root.querySelector('.task-open')?.textContent).to.equal('☐');
    expect(root.querySelector('input'), 'task boxes are not inputs').to.equal(null);
    expect(root.querySelector('blockquote')?.textContent?.trim()).to.equal('quoted');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['a', 'b']);
    expect(root.querySelector('a[href="https://example.com/auto"]')).to.exist;
    expect(root.querySelector('pre code.language-js')?.textContent).to.equal('const x = 1;');
  });

  it('leaves out the line breaks between blocks, and keeps a break after inline raw HTML', () => {
    const root = render('# Title\n\nA paragraph.\n\n- one\n- two\n\n```\ncode\n```\n\n> quoted\n\n<b>\nbold\n</b>\n');
    const topLevel = [...root.childNodes].map((node) =>
      node.nodeType === Node.TEXT_NODE ? JSON.stringify((node as Text).data) : (node as Element).localName,
    );
    // A block of raw HTML that starts with an inline element: the break after it is a space on the page.
    expect(topLevel.join(' ')).to.equal('h1 p ul pre blockquote b "\\n"');
    // Inside a block, marked's line breaks stay (between a list's items).
    expect(root.querySelector('ul')!.childNodes.length).to.be.above(2);
  });

  it('opens links in a new tab without access to the page', () => {
    const root = render('[site](https://example.com) and <a href="/x">raw</a>');
    const links = [...root.querySelectorAll('a')];
    expect(links.length).to.equal(2);
    for (const link of links) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });

  it('keeps images with safe URLs and their alt text', () => {
    const root = render('![a cat](https://example.com/cat.png)');
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.com/cat.png');
    expect(img.getAttribute('alt')).to.equal('a cat');
  });

  it('renders inline markdown for titles', () => {
    const root = document.createElement('div');
    root.append(renderInlineMarkdown('Using **search** <img src=x onerror=alert(1)>', options).fragment);
    expect(root.querySelector('strong')?.textContent).to.equal('search');
    expect(root.querySelector('p')).to.equal(null);
    expectInert(root);
  });

  it('lets no hostile markup through', async () => {
    const hits = armXssTrap();
    const root = render(textPayloads.join('\n\n'));
    document.body.append(root);
    try {
      expectInert(root);
      expect(root.querySelector('[part], [slot]'), 'no part or slot from a message').to.equal(null);
      expect(root.querySelector('.scroll-button'), 'no borrowed widget classes').to.equal(null);
      expect(root.querySelector('[popover]')).to.equal(null);
      // Anything that would run asynchronously (onerror, onload) has had its turn.
      expect(await hitsOnceSettled(hits)).to.deep.equal([]);
      expect(getComputedStyle(document.body).display).to.not.equal('none');
    } finally {
      root.remove();
    }
  });

  it('sanitizes every payload on its own too', async () => {
    const hits = armXssTrap();
    for (const payload of textPayloads) {
      const root = render(payload);
      document.body.append(root);
      expectInert(root);
      root.remove();
    }
    expect(await hitsOnceSettled(hits)).to.deep.equal([]);
  });

  it('prefixes ids and names so a message cannot clobber the page', () => {
    const root = document.createElement('div');
    root.append(sanitizeToFragment('<a id="location" name="cookie">x</a>'));
    const link = root.querySelector('a')!;
    expect(link.id).to.not.equal('location');
    expect(link.getAttribute('name')).to.not.equal('cookie');
  });
});

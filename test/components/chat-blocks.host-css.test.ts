import {expect} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {part, parts, until} from '../support/index.js';
import {defined, openPage, sourceScript, type FramePage} from '../support/frame-page.js';

// Issue: a page's own CSS on <chat-blocks> (display, height, flex, grid,
// box-sizing) or inherited text styles used to break the layout. Each page
// here is written as a site would write it, with the widget's module script
// in its head and a history of 40 messages.

const history: ChatMessage[] = Array.from({length: 40}, (_, index) => ({
  role: index % 2 ? 'assistant' : 'user',
  content: `Message ${index}: ${'a few words of text that wrap over lines '.repeat(3)}`,
}));

let page: FramePage | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

async function widgetPage(css: string, body = '<chat-blocks></chat-blocks>'): Promise<ChatBlocks> {
  page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">
    ${css ? `<style>${css}</style>` : ''}${sourceScript}</head><body>${body}</body></html>`);
  await defined(page);
  const chat = page.document.querySelector('chat-blocks')!;
  chat.messages = history;
  await until(() => parts(chat, 'message').length === 40, '40 messages shown');
  // Markdown loads with the first message: paragraphs are there once it has rendered.
  await until(() => !!part(parts(chat, 'message-assistant')[0], 'message-content')?.querySelector('p'), 'markdown rendered');
  return chat;
}

/** The element at a point, looking through shadow roots. */
function deepElementAt(root: Document | ShadowRoot, x: number, y: number): Element | null {
  const found = root.elementFromPoint(x, y);
  if (found?.shadowRoot && found.shadowRoot !== root) return deepElementAt(found.shadowRoot, x, y) ?? found;
  return found;
}

/** The message list's scroller. */
const scroller = (chat: ChatBlocks) => chat.shadowRoot!.querySelector('chat-message-list')!.shadowRoot!.querySelector<HTMLElement>('.log')!;

/**
 * The widget keeps its box: its height is `height`, the textbox is inside it
 * and hit by a click, the list scrolls inside and shows the newest message.
 */
async function expectUsable(chat: ChatBlocks, height: number) {
  const box = chat.getBoundingClientRect();
  expect(Math.round(box.height), 'widget height').to.be.within(height - 1, height + 1);
  const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
  const input = textbox.getBoundingClientRect();
  expect(input.height, 'textbox height').to.be.greaterThan(10);
  expect(input.top, 'textbox top').to.be.at.least(box.top);
  expect(input.bottom, 'textbox bottom').to.be.at.most(box.bottom);
  expect(
    deepElementAt(page!.document, input.left + input.width / 2, input.top + input.height / 2),
    'what a click on the textbox hits',
  ).to.equal(textbox);

  const log = scroller(chat);
  expect(log.scrollHeight, 'list content taller than the list').to.be.greaterThan(log.clientHeight + 100);
  expect(log.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
  const newest = parts(chat, 'message').at(-1)!;
  await until(() => {
    const rect = newest.getBoundingClientRect();
    const view = log.getBoundingClientRect();
    return rect.bottom <= view.bottom + 2 && rect.bottom > view.top;
  }, 'the list opens at its newest message');
  // Scrolled inside (not the page): the list is where the wheel scrolls.
  expect(log.scrollTop, 'the list is scrolled to its end').to.be.greaterThan(0);
  expect(getComputedStyle(log).overflowY).to.equal('auto');
  expect(page!.document.scrollingElement!.scrollTop, 'the page did not scroll').to.equal(0);
}

describe('<chat-blocks> layout owns its box', () => {
  const hostRules: [string, string, number][] = [
    ['display: block; height: 480px', 'display block and a height', 480],
    ['display: flex; height: 480px', 'display flex', 480],
    ['display: grid; height: 480px', 'display grid', 480],
    ['display: inline-block; width: 500px; height: 480px', 'display inline-block', 480],
    ['display: flex; flex-direction: row; align-items: center; height: 400px', 'a row flex container', 400],
    ['max-height: 300px', 'only a max-height', 300],
    [
      'height: 400px; box-sizing: content-box; padding: 20px; border: 5px solid; overflow: visible',
      'content-box with padding, border and overflow',
      450,
    ],
    ['height: auto', 'height: auto', 576],
    ['--chat-blocks-height: 420px', '--chat-blocks-height', 420],
  ];
  for (const [rule, what, height] of hostRules) {
    it(`keeps the textbox in view and the list scrolling with ${what} on the host`, async () => {
      const chat = await widgetPage(`chat-blocks { ${rule} }`);
      await expectUsable(chat, height);
    });
  }

  it('has a default height (36rem) on a page with no CSS at all', async () => {
    const chat = await widgetPage('');
    await expectUsable(chat, 576);
    expect(chat.getBoundingClientRect().width).to.equal(page!.document.body.clientWidth);
  });

  it('fills a flex: 1 slot of a column flex parent', async () => {
    const chat = await widgetPage(
      'main { display: flex; flex-direction: column; height: 500px } header { height: 50px } chat-blocks { flex: 1 }',
      '<main><header>Support</header><chat-blocks></chat-blocks></main>',
    );
    await expectUsable(chat, 450);
  });

  it('fills a grid row, smaller or larger than the default height', async () => {
    const chat = await widgetPage(
      'main { display: grid; grid-template-rows: 60px 1fr; height: 700px }',
      '<main><header>Support</header><chat-blocks></chat-blocks></main>',
    );
    await expectUsable(chat, 640);
    page!.document.querySelector('main')!.style.height = '360px';

    await expectUsable(chat, 300);
  });

  it('resets inherited text styles on the base, keeps the page font family, takes --chat-blocks-font', async () => {
    const chat = await widgetPage(`body {
      text-align: center; letter-spacing: 4px; word-spacing: 9px; text-transform: uppercase; text-indent: 50px;
      line-height: 3; font-size: 28px; white-space: pre; font-style: italic; font-weight: 700; font-family: Georgia, serif }`);
    const message = part(parts(chat, 'message-assistant')[0], 'message-content')!;
    const textbox = part(chat, 'textbox')!;
    for (const element of [message.querySelector('p')!, textbox]) {
      const style = getComputedStyle(element);
      expect(
        {
          textAlign: style.textAlign,
          letterSpacing: style.letterSpacing,
          wordSpacing: style.wordSpacing,
          textTransform: style.textTransform,
          textIndent: style.textIndent,
          fontSize: style.fontSize,
          fontStyle: style.fontStyle,
          whiteSpace: style.whiteSpace === 'pre-wrap' && element === textbox ? 'normal' : style.whiteSpace,
          fontFamily: style.fontFamily,
        },
        element.localName,
      ).to.deep.equal({
        textAlign: 'start',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        textIndent: '0px',
        fontSize: '15px',
        fontStyle: 'normal',
        whiteSpace: 'normal',
        fontFamily: 'Georgia, serif',
      });
    }
    expect(getComputedStyle(message).lineHeight).to.equal('22.5px');
    chat.style.setProperty('--chat-blocks-font', 'monospace');
    expect(getComputedStyle(textbox).fontFamily).to.equal('monospace');
    expect(getComputedStyle(message).fontFamily).to.equal('monospace');
  });
});

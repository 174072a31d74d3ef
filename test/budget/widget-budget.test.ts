import {expect} from '@open-wc/testing';
import {deepQuery, until} from '../support/index.js';
import {expectWithinBudget, frameWindow, loadPage, scriptsFetched, settled} from '../support/script-bytes.js';

// The cost of `<chat-blocks>` from the self-contained bundle, measured on the
// scripts a real page fetched from dist/ (npm test builds it first): once it
// shows the empty widget, and once it shows a first plain-markdown reply.
// The empty widget's budget is the issue's target (30 KB): it is the bundle
// alone (markdown, the sanitizer, the reply code, files and persistence are
// chunks loaded on first use). The first reply's budget is what the build
// meets today plus a small margin, above the issue's 50 KB target, which
// `npm run bench` prints with PASS/FAIL; growth fails here.
const emptyWidgetBudgetKb = 30;
const firstReplyBudgetKb = 76;

type ChatElement = HTMLElement & {send(text: string): Promise<void>};

async function widgetPage(): Promise<HTMLIFrameElement> {
  const frame = await loadPage('/api/budget/widget-page');
  const win = frameWindow(frame);
  await win.customElements.whenDefined('chat-blocks');
  const chat = win.document.querySelector('chat-blocks') as ChatElement & {updateComplete: Promise<unknown>};
  await chat.updateComplete;
  await until(() => deepQuery(win.document, 'textarea') !== null, 'the widget never showed its textbox');
  await settled(frame);
  return frame;
}

describe('widget byte budget', function () {
  // Loading and rendering on a loaded 2-core machine can take a while: room, not a sleep.
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it(`a page showing the empty widget fetches at most ${emptyWidgetBudgetKb} KB gzip of JavaScript`, async () => {
    const frame = await widgetPage();
    const scripts = await scriptsFetched(frame);
    console.log(
      `empty widget: ${scripts.gzipBytes} B gzip (${scripts.files.map((file) => `${file.path} ${file.gzipBytes} B`).join(', ')})`,
    );
    expect(scripts.files[0].path).to.equal('/dist/chat-blocks.bundle.js');
    expectWithinBudget(scripts, emptyWidgetBudgetKb, 'the empty widget');
  });

  it(`a page showing a first plain-markdown reply fetches at most ${firstReplyBudgetKb} KB gzip of JavaScript`, async () => {
    const frame = await widgetPage();
    const win = frameWindow(frame);
    const chat = win.document.querySelector('chat-blocks') as ChatElement;
    await chat.send('hello');
    await until(() => {
      const strong = deepQuery(win.document, '[part~="message-content"] strong');
      return strong?.textContent === 'what you asked' && deepQuery(win.document, '[part~="message-content"] li a') !== null;
    }, 'the markdown reply was never shown');
    await settled(frame);
    const scripts = await scriptsFetched(frame);
    console.log(
      `first markdown reply: ${scripts.gzipBytes} B gzip (${scripts.files.map((file) => `${file.path} ${file.gzipBytes} B`).join(', ')})`,
    );
    expectWithinBudget(scripts, firstReplyBudgetKb, 'the first markdown reply');
  });
});

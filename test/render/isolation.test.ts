import {expect} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/index.js';
import {part, parts, renderedTexts, sseScript, typeAndSend, until} from '../support/index.js';
import {defined, openPage, sourceScript, type FramePage} from '../support/frame-page.js';

// Issue: a message whose HTML holds a <frameset> made DOMPurify return null
// in fragment mode; the list threw, and that message and every later one
// stopped rendering. Now such a message shows as plain text, the failure is
// warned once, and every other message renders.

let page: FramePage | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

const history = [
  {role: 'user', content: 'First **question**'},
  {role: 'assistant', content: 'First **answer**'},
  {role: 'user', content: 'Now something odd'},
  {role: 'assistant', content: '<frameset><frame src="x"></frameset>\n\nodd text'},
  {role: 'user', content: 'Later **question**'},
  {role: 'assistant', content: 'Later **answer**'},
];

async function widget(): Promise<{chat: ChatBlocks; warnings: unknown[][]}> {
  page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${sourceScript}</head>
    <body><chat-blocks endpoint="/api/streams/script"></chat-blocks></body></html>`);
  await defined(page);
  const warnings: unknown[][] = [];
  const warn = page.window.console.warn;
  page.window.console.warn = (...args: unknown[]) => {
    warnings.push(args);
    warn.apply(page!.window.console, args);
  };
  return {chat: page.document.querySelector('chat-blocks')!, warnings};
}

describe('a message that cannot be rendered', () => {
  it('shows as plain text; every other message renders; warned once; the widget still sends', async () => {
    const {chat, warnings} = await widget();
    chat.messages = history as never;
    await until(() => parts(chat, 'message-content').length === 6, 'all six messages shown', 15000);
    await until(
      () => parts(chat, 'message-content').filter((node) => node.querySelector('strong')).length === 4,
      'the well-formed messages formatted',
      15000,
    );
    const texts = renderedTexts(chat);
    expect(texts[3]).to.contain('odd text');
    expect(texts[5]).to.equal('Later answer');
    expect(parts(chat, 'message-content')[3].querySelector('frameset, frame'), 'nothing of the frameset').to.equal(null);
    expect(warnings.length, 'one warning').to.equal(1);
    expect(page!.errors).to.deep.equal([]);

    // Another odd message, and a send that works.
    chat.messages = [...chat.messages, {role: 'assistant', content: '<frameset></frameset>**x**'}];
    chat.body = sseScript(['"Still **here**"']);
    await typeAndSend(chat, 'still there?');
    await until(() => renderedTexts(chat).at(-1) === 'Still here', 'the reply rendered', 15000);
    expect(warnings.length, 'still warned only once').to.equal(1);
    expect(page!.errors).to.deep.equal([]);
    expect(part(chat, 'textbox')).to.exist;
  });

  it('streamed: a reply that turns into a frameset mid-stream keeps the list alive', async () => {
    const {chat} = await widget();
    chat.messages = history.slice(0, 2) as never;
    chat.body = sseScript(['"<frameset>"', '"</frameset>\\n\\nHello "', '"**end**"'], {pause: 30});
    await typeAndSend(chat, 'go');
    await until(() => chat.status === 'idle' && chat.messages.length === 4, 'the reply ended', 15000);
    await until(() => renderedTexts(chat).length === 4, 'four messages shown', 15000);
    expect(renderedTexts(chat)[1]).to.equal('First answer');
    expect(renderedTexts(chat)[3]).to.contain('Hello');
    expect(page!.errors).to.deep.equal([]);
  });
});

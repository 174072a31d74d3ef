import {expect} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/index.js';
import {part, renderedTexts, sseScript, typeAndSend, until} from '../support/index.js';
import {defined, openPage, sourceScript, type FramePage} from '../support/frame-page.js';

// Issue: the documented custom layout (sub-elements as light-DOM children of
// <chat-blocks>) did nothing unless the definitions ran before the children
// were parsed. Each page here is built the way a site builds it; in each,
// typing into the page's own textbox and pressing Enter must reach the
// backend and show the exchange in the page's own list.

const layout = (id = 'chat') => `<chat-blocks id="${id}" endpoint="/api/streams/script">
  <div class="my-chat">
    <header>Support <chat-clear-button></chat-clear-button></header>
    <chat-message-list></chat-message-list>
    <chat-multimodal-textbox></chat-multimodal-textbox>
  </div>
</chat-blocks>`;

const css = '<style>.my-chat { display: flex; flex-direction: column; height: 100% } chat-message-list { flex: 1; min-height: 0 }</style>';
const iifeScript = '<script src="/dist/chat-blocks.iife.js"></script>';
const bundleScript = '<script type="module" src="/dist/chat-blocks.bundle.js"></script>';

let page: FramePage | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});

async function open(head: string, body: string) {
  page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${css}${head}</head><body>${body}</body></html>`);
  return page;
}

/** Sends from the light-DOM textbox of `chat`; the reply shows in its light-DOM list. */
async function expectComposed(chat: ChatBlocks, reply = 'Hello from the server') {
  await defined(page!);
  await until(() => !!part(chat.querySelector('chat-multimodal-textbox')!, 'textbox'), 'the textbox rendered', 15000);
  chat.body = sseScript([JSON.stringify(reply)]);
  const list = chat.querySelector('chat-message-list')!;
  const before = chat.messages.length;
  await typeAndSend(chat.querySelector('chat-multimodal-textbox')!, `hi ${chat.id}`);
  await until(() => chat.messages.length === before + 2 && chat.status === 'idle', 'the exchange ended', 15000);
  await until(() => renderedTexts(list).join(' | ').includes(reply), 'the reply in the page’s own list', 15000);
  expect(renderedTexts(list).slice(-2)).to.deep.equal([`hi ${chat.id}`, reply]);
  expect(chat.shadowRoot!.querySelector('chat-message-list'), 'no default layout').to.equal(null);
  await until(
    () => !part(chat.querySelector('chat-clear-button')!, 'clear-button')!.hasAttribute('disabled'),
    'clear enabled by the history',
  );
  expect(page!.errors).to.deep.equal([]);
}

const chatIn = (page: FramePage, id = 'chat') => page.document.getElementById(id) as ChatBlocks;

describe('<chat-blocks> light-DOM composition, whatever the order', () => {
  it('with the module script in the head', async () => {
    const page = await open(sourceScript, layout());
    await expectComposed(chatIn(page));
  });

  it('with the module script at the end of the body', async () => {
    const page = await open('', layout() + sourceScript);
    await expectComposed(chatIn(page));
  });

  it('with the module script added later', async () => {
    const page = await open('', layout());
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/src/index.ts';
    page.document.head.append(script);
    await expectComposed(chatIn(page));
  });

  it('with the classic IIFE script in the head', async () => {
    const page = await open(iifeScript, layout());
    await expectComposed(chatIn(page));
  });

  it('with the self-contained bundle at the end of the body', async () => {
    const page = await open('', layout() + bundleScript);
    await expectComposed(chatIn(page));
  });

  it('with elements made by createElement before the script loads', async () => {
    const page = await open(
      '',
      `<script>
      const chat = document.createElement('chat-blocks');
      chat.id = 'chat';
      chat.setAttribute('endpoint', '/api/streams/script');
      const box = document.createElement('div');
      box.className = 'my-chat';
      box.append(document.createElement('chat-message-list'), document.createElement('chat-multimodal-textbox'));
      const header = document.createElement('header');
      header.append(document.createElement('chat-clear-button'));
      box.prepend(header);
      chat.append(box);
      document.body.append(chat);
    </script>${sourceScript}`,
    );
    await expectComposed(chatIn(page));
  });

  it('with a <chat-blocks> inserted around sub-elements that were already upgraded on their own', async () => {
    const page = await open(
      sourceScript,
      `<div class="my-chat"><header><chat-clear-button></chat-clear-button></header>
      <chat-message-list></chat-message-list><chat-multimodal-textbox></chat-multimodal-textbox></div>`,
    );
    await defined(page, 'chat-multimodal-textbox');
    const box = page.document.querySelector('.my-chat')!;
    const textbox = box.querySelector('chat-multimodal-textbox')!;
    await until(() => !!part(textbox, 'textbox'), 'standalone textbox rendered');
    const chat = page.document.createElement('chat-blocks') as ChatBlocks;
    chat.id = 'chat';
    chat.endpoint = '/api/streams/script';
    box.replaceWith(chat);
    chat.append(box);
    await expectComposed(chat);
  });

  it('with sub-elements moved from one <chat-blocks> to another', async () => {
    const page = await open(sourceScript, layout('first') + layout('second'));
    const [first, second] = [chatIn(page, 'first'), chatIn(page, 'second')];
    await expectComposed(first, 'first reply');
    // The first widget's list and textbox move into the second.
    const box = second.querySelector('.my-chat')!;
    box.querySelector('chat-message-list')!.remove();
    box.querySelector('chat-multimodal-textbox')!.remove();
    box.append(first.querySelector('chat-message-list')!, first.querySelector('chat-multimodal-textbox')!);
    await expectComposed(second, 'second reply');
    expect(first.messages.length, 'the first widget got nothing more').to.equal(2);
    expect(renderedTexts(second.querySelector('chat-message-list')!)).to.deep.equal(['hi second', 'second reply']);
    // Moved out of every <chat-blocks>, the list is on its own again.
    page.document.body.append(second.querySelector('chat-message-list')!);
    await until(() => renderedTexts(page.document.body.lastElementChild!).length === 0, 'the list alone shows its own (empty) messages');
  });
});

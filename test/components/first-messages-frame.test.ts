import {expect, fixture, html} from '@open-wc/testing';
import {loadConversation} from '../../src/components/chat-message-list/conversation-loader.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {messageNodes, until} from '../support/index.js';

// A file of its own: the message views must not have loaded on this page
// before the test (they load once per page, with the first message shown).

describe('<chat-message-list> first messages', () => {
  it('shows them in a frame after the one in which the message views arrived', async () => {
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);

    const list = await fixture<ChatMessageList>(html`<chat-message-list></chat-message-list>`);
    expect(messageNodes(list)).to.have.length(0);
    let framesAtLoad: number | undefined;
    let framesAtRender: number | undefined;
    // Mutation records come in a microtask after the render: before any frame could run.
    const observer = new MutationObserver(() => {
      if (framesAtRender === undefined && messageNodes(list).length > 0) framesAtRender = frames;
    });
    observer.observe(list.shadowRoot!, {subtree: true, childList: true});

    list.messages = [{role: 'assistant', content: 'Hello **there**'}];
    void loadConversation().then(() => (framesAtLoad = frames));
    await until(() => framesAtRender !== undefined, 'the message was never shown');
    observer.disconnect();
    counting = false;

    expect(framesAtLoad, 'the views had not loaded when the message was shown').to.be.a('number');
    expect(framesAtRender!).to.be.above(framesAtLoad!);
    await list.updateComplete;
    expect(messageNodes(list)[0]!.querySelector('strong')?.textContent).to.equal('there');
  });
});

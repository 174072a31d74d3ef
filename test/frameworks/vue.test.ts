// The Vue example page (examples/frameworks/vue/ChatPage.vue), compiled by
// Vue's SFC compiler with `chat-*` as custom elements (compile-plugins.js)
// and mounted by Vue: bound properties reach the element as properties,
// chat events reach the page's handlers, and `messages` goes both ways.
import {expect} from '@open-wc/testing';
import {createApp, type App} from 'vue';
import ChatPage from '../../examples/frameworks/vue/ChatPage.vue';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import type {ChatAdapter, ChatRequest} from '../../src/core/types.js';
import {part, renderedTexts, uniqueTag, until} from '../support/index.js';
import {sendAndRelease} from './held-reply.js';

describe('Vue 3 example page', () => {
  let container: HTMLElement;
  let app: App | undefined;
  let warnings: string[];

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    warnings = [];
  });

  afterEach(() => {
    app?.unmount();
    container.remove();
    // E.g. "Failed to resolve component: chat-blocks" when the compiler does
    // not take chat-* tags for custom elements.
    expect(warnings, 'Vue warned').to.deep.equal([]);
  });

  const mount = async (props: Record<string, unknown>) => {
    app = createApp(ChatPage, props);
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
    const chat = container.querySelector('chat-blocks') as ChatBlocks;
    await chat.updateComplete;
    return chat;
  };
  const summary = () => container.querySelector('p')!.textContent;

  it('binds properties, streams a reply, hears chat-response and chat-like, and keeps messages in step both ways', async () => {
    const tag = uniqueTag('vue');
    const endpoint = `/api/frameworks/echo?hold=${tag}`;
    const chat = await mount({endpoint});
    expect(chat.endpoint).to.equal(endpoint);
    expect(chat.adapter).to.equal('sse');
    expect(chat.body, '.prop set body as a property').to.deep.equal({page: 'vue'});
    expect(chat.hasAttribute('body')).to.equal(false);
    expect(summary()).to.equal('0 messages, 0 liked. Last reply: ');

    await sendAndRelease(chat, tag, 'hello vue', 'Echo (vue):');
    await until(() => summary() === '2 messages, 0 liked. Last reply: Echo (vue): hello vue', 'chat-change and chat-response reached Vue');

    const like = part<HTMLButtonElement>(part(chat, 'message-assistant')!, 'like-button')!;
    like.click();
    await until(() => summary() === '2 messages, 1 liked. Last reply: Echo (vue): hello vue', 'chat-like reached Vue');

    container.querySelector('button')!.click(); // "New chat": Vue's state back to []
    await until(() => chat.messages.length === 0, 'Vue set messages on the element');
    await until(() => summary() === '0 messages, 1 liked. Last reply: Echo (vue): hello vue', 'Vue re-rendered');
    await until(() => renderedTexts(chat).length === 0, 'the element shows no message');
  });

  it('passes a custom adapter function as a property', async () => {
    const requests: ChatRequest[] = [];
    const adapter: ChatAdapter = async function* (request) {
      requests.push(request);
      yield {delta: 'from a Vue adapter'};
    };
    const chat = await mount({adapter});
    expect(chat.adapter).to.equal(adapter);
    expect(chat.hasAttribute('adapter'), 'a function never becomes an attribute').to.equal(false);
    await chat.send('hi');
    expect(requests.map((request) => request.message)).to.deep.equal(['hi']);
    await until(() => summary() === '2 messages, 0 liked. Last reply: from a Vue adapter', 'the reply reached Vue');
  });
});

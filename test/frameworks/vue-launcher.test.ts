// <chat-blocks-launcher> rendered by Vue 3 (a render function: the tag is
// created as is): attributes pass through to the chat it loads, a function
// bound as a property reaches the chat, and Vue's @chat-open / @chat-close
// / @chat-response listeners hear the launcher.
import {expect} from '@open-wc/testing';
import {createApp, h, type App} from 'vue';
import '../../src/launcher.js';
import type {ChatBlocksLauncher} from '../../src/launcher.js';
import type {ChatAdapter} from '../../src/core/types.js';
import {part, until} from '../support/index.js';

describe('Vue 3 with <chat-blocks-launcher>', () => {
  let container: HTMLElement;
  let app: App | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    container.remove();
  });

  it('passes attributes and a function property through, and Vue hears its events', async () => {
    const adapter: ChatAdapter = async function* () {
      yield 'Hello from Vue';
    };
    const seen: string[] = [];
    app = createApp({
      render: () =>
        h('chat-blocks-launcher', {
          heading: 'Vue help',
          placeholder: 'Ask Vue',
          adapter,
          onChatOpen: () => seen.push('open'),
          onChatClose: () => seen.push('close'),
          onChatResponse: (event: CustomEvent<{message: {content: unknown}}>) => seen.push(`response: ${event.detail.message.content}`),
        }),
    });
    app.mount(container);
    const launcher = container.querySelector('chat-blocks-launcher') as ChatBlocksLauncher;
    expect(launcher.getAttribute('heading')).to.equal('Vue help');
    part<HTMLButtonElement>(launcher, 'button')!.click();
    const chat = await launcher.load();
    expect(chat.adapter, 'Vue set the function as a property').to.equal(adapter);
    expect(chat.getAttribute('placeholder')).to.equal('Ask Vue');
    await chat.send('hi');
    await until(() => seen.length === 2, 'the reply event reached Vue');
    launcher.hide();
    expect(seen).to.deep.equal(['open', 'response: Hello from Vue', 'close']);
  });
});

// The React wrappers (src/react.ts), rendered by React 19 itself: properties
// reach the element as properties (an adapter function cannot be an
// attribute), and each chat event reaches its typed `onChatX` prop.
import {expect} from '@open-wc/testing';
import * as React from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {ChatBlocks, ChatBlocksLauncher, ChatClearButton, ChatMessageList, ChatMultimodalTextbox} from '../../src/react.js';
import type {ChatBlocksLauncher as ChatBlocksLauncherElement} from '../../src/launcher.js';
import {ChatBlocks as ChatBlocksElement} from '../../src/components/chat-blocks/chat-blocks.js';
import type {ChatEventDetails} from '../../src/events.js';
import type {ChatAdapter, ChatRequest} from '../../src/core/types.js';
import {deepQuery, expectEvent, part, renderedTexts, until} from '../support/index.js';

// Tells React that `act()` is used here, so it flushes renders and effects synchronously.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

type ResponseEvent = CustomEvent<ChatEventDetails['chat-response']>;

describe('React wrappers', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    React.act(() => root.unmount());
    container.remove();
  });

  const render = (element: React.ReactElement) => React.act(() => root.render(element));

  /** The `<chat-blocks>` React rendered, once it exists. */
  const chatElement = () => container.querySelector('chat-blocks') as ChatBlocksElement;

  it('renders <ChatBlocks> with a custom adapter and calls onChatResponse with the reply', async () => {
    const requests: ChatRequest[] = [];
    const adapter: ChatAdapter = async function* (request) {
      requests.push(request);
      yield 'Hello ';
      yield {delta: 'from React'};
    };
    const responses: ResponseEvent[] = [];
    await render(React.createElement(ChatBlocks, {adapter, onChatResponse: (event: ResponseEvent) => responses.push(event)}));

    const chat = chatElement();
    expect(chat).to.be.instanceOf(ChatBlocksElement);
    expect(chat.adapter, 'the adapter is set as a property').to.equal(adapter);
    expect(chat.hasAttribute('adapter'), 'a function never becomes an attribute').to.equal(false);

    await chat.send('Hi from a React app');
    expect(requests.map((request) => request.message)).to.deep.equal(['Hi from a React app']);
    expect(responses).to.have.length(1);
    const {detail} = responses[0];
    expect(detail.message).to.deep.equal({role: 'assistant', content: 'Hello from React'});
    expect(detail.messages).to.deep.equal([
      {role: 'user', content: 'Hi from a React app'},
      {role: 'assistant', content: 'Hello from React'},
    ]);
    await until(() => renderedTexts(chat).join('|') === 'Hi from a React app|Hello from React', 'the reply is rendered');
  });

  it('passes string props through as attributes and properties', async () => {
    const adapter: ChatAdapter = async () => 'ok';
    await render(React.createElement(ChatBlocks, {adapter, placeholder: 'Ask React', timeout: 1234, noFeedback: true}));
    const chat = chatElement();
    await chat.updateComplete;
    expect(chat.placeholder).to.equal('Ask React');
    expect(chat.timeout).to.equal(1234);
    expect(chat.noFeedback).to.equal(true);
  });

  it('calls onChatError with the failure and onChatClear when cleared', async () => {
    const errors: string[] = [];
    let clears = 0;
    const adapter: ChatAdapter = async function* () {
      yield {error: 'the model is asleep'};
    };
    await render(
      React.createElement(ChatBlocks, {
        adapter,
        retries: 0,
        onChatError: (event: CustomEvent<ChatEventDetails['chat-error']>) => errors.push(event.detail.error),
        onChatClear: () => clears++,
      }),
    );
    const chat = chatElement();
    await chat.send('Wake up');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('the model is asleep');
    chat.clear();
    expect(clears).to.equal(1);
    expect(chat.messages).to.deep.equal([]);
  });

  it('swaps the listener when the handler prop changes, and removes it with the prop', async () => {
    const adapter: ChatAdapter = async () => 'pong';
    const calls: string[] = [];
    const withHandler = (name: string) => React.createElement(ChatBlocks, {adapter, onChatResponse: () => calls.push(name)});
    await render(withHandler('first'));
    const chat = chatElement();
    await chat.send('ping');
    await render(withHandler('second'));
    expect(chatElement(), 'React kept the same element').to.equal(chat);
    await chat.send('ping');
    await render(React.createElement(ChatBlocks, {adapter}));
    const response = expectEvent(chat, 'chat-response');
    await chat.send('ping');
    await response;
    expect(calls).to.deep.equal(['first', 'second']);

    await React.act(() => root.unmount());
    root = createRoot(container); // afterEach unmounts again
    expect(chat.isConnected, 'unmounting removes the element').to.equal(false);
  });

  it('renders <ChatMessageList> standalone from its messages prop', async () => {
    const messages = [
      {role: 'user' as const, content: 'Question?'},
      {role: 'assistant' as const, content: 'An **answer**.'},
    ];
    await render(React.createElement(ChatMessageList, {messages}));
    const list = container.querySelector('chat-message-list')!;
    await until(() => renderedTexts(list).join('|') === 'Question?|An answer.', 'the messages are rendered');
    expect(deepQuery(part(list, 'message-assistant')!, 'strong')?.textContent, 'markdown is rendered').to.equal('answer');
  });

  it('calls onChatSubmit of a standalone <ChatMultimodalTextbox> when the user sends', async () => {
    const submitted: Array<ChatEventDetails['chat-submit']> = [];
    await render(
      React.createElement(ChatMultimodalTextbox, {
        onChatSubmit: (event: CustomEvent<ChatEventDetails['chat-submit']>) => submitted.push(event.detail),
      }),
    );
    const textbox = container.querySelector('chat-multimodal-textbox')!;
    await (textbox as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    // Typed and sent in the page itself: the keyboard's own path is covered by the textbox tests, and
    // here the runner's key command twice got no answer within its fixed 20 s on a loaded machine.
    const field = part<HTMLTextAreaElement>(textbox, 'textbox')!;
    field.focus();
    field.value = 'Hi';
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'insertText', data: 'Hi'}));
    field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true, cancelable: true}));
    await until(() => submitted.length === 1, 'chat-submit reached onChatSubmit');
    expect(submitted[0].text).to.equal('Hi');
    expect(submitted[0].files).to.deep.equal([]);
  });

  it('calls onChatClear of a standalone <ChatClearButton> when pressed', async () => {
    let clears = 0;
    await render(React.createElement(ChatClearButton, {onChatClear: () => clears++}));
    const button = container.querySelector('chat-clear-button')!;
    await (button as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const event = expectEvent(button, 'chat-clear');
    part<HTMLButtonElement>(button, 'clear-button')!.click();
    await event;
    expect(clears).to.equal(1);
  });

  it('renders <ChatBlocksLauncher>: props reach the chat it loads, and onChatOpen, onChatClose and chat events fire', async () => {
    const adapter: ChatAdapter = async function* () {
      yield 'Hello from the bubble';
    };
    const seen: string[] = [];
    await render(
      React.createElement(ChatBlocksLauncher, {
        heading: 'Help',
        placeholder: 'Ask the bubble',
        adapter,
        onChatOpen: () => seen.push('open'),
        onChatClose: () => seen.push('close'),
        onChatResponse: (event: ResponseEvent) => seen.push(`response: ${event.detail.message.content}`),
      } as React.ComponentProps<typeof ChatBlocksLauncher>),
    );
    const launcher = container.querySelector('chat-blocks-launcher') as ChatBlocksLauncherElement;
    part<HTMLButtonElement>(launcher, 'button')!.click();
    const chat = await launcher.load();
    expect(chat.adapter).to.equal(adapter);
    expect(chat.getAttribute('placeholder')).to.equal('Ask the bubble');
    await chat.send('hi');
    launcher.hide();
    expect(seen).to.deep.equal(['open', 'response: Hello from the bubble', 'close']);
  });
});

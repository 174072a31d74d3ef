// `<chat-message-list>` in tests: connected to a fake controller or
// standalone, and its message nodes.
import {fixture, html} from '@open-wc/testing';
import type {ChatSettings, ChatView} from '../../src/context.js';
import type {ChatMessage} from '../../src/core/types.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {FakeChat, type TestChatHost} from './fake-chat.js';
import {until} from './wait.js';

/** A list connected to a fake controller. */
export async function connectedList(
  view: Partial<ChatView> = {},
  settings: Partial<ChatSettings> = {},
  style = 'height: 400px',
): Promise<{list: ChatMessageList; chat: FakeChat}> {
  const chat = new FakeChat({view, settings});
  const host = document.createElement('test-chat-host') as TestChatHost;
  host.controller = chat;
  const list = document.createElement('chat-message-list');
  list.setAttribute('style', style);
  host.append(list);
  await fixture(host);
  await list.updateComplete;
  await until(() => list.shadowRoot?.querySelector('.log'), 'list rendered');
  return {list, chat};
}

/** A standalone list showing `messages`. */
export async function standaloneList(messages: ChatMessage[], extra: Partial<ChatMessageList> = {}): Promise<ChatMessageList> {
  const list = await fixture<ChatMessageList>(html`<chat-message-list style="height: 400px" .messages=${messages}></chat-message-list>`);
  Object.assign(list, extra);
  await list.updateComplete;
  return list;
}

/** The rendered messages (outermost nodes), in order. */
export function messageNodes(list: ChatMessageList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="message"]')];
}

/** The node of the message at `index` in the history. */
export function messageAt(list: ChatMessageList, index: number): HTMLElement {
  const node = list.shadowRoot!.querySelector<HTMLElement>(`[part~="message"][data-index="${index}"]`);
  if (!node) throw new Error(`no message node for index ${index}`);
  return node;
}

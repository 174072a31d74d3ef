/**
 * Shared helpers for the message-list tests: a fake `<chat-blocks>`
 * controller provided through the real context protocol, and queries into
 * the list's shadow root.
 */
import {ContextProvider} from '@lit/context';
import {fixture, html, waitUntil} from '@open-wc/testing';
import {chatContext, type ChatController, type ChatSettings, type ChatView} from '../../src/context.js';
import type {ChatInput, ChatMessage} from '../../src/core/types.js';
import {defaultStrings, type ChatStrings} from '../../src/strings.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {defaultSettings} from '../fake-settings.js';

export type Call = [name: string, ...args: unknown[]];

/** A controller that records the calls made on it and lets a test drive the view. */
export class FakeChat implements ChatController {
  view: ChatView = {messages: [], status: 'idle', streamingIndex: -1};
  settings: ChatSettings = {...defaultSettings};
  strings: ChatStrings = {...defaultStrings};
  draftRequest = {text: '', revision: 0};
  readonly calls: Call[] = [];
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the view (messages, status, streamingIndex) and tells the subscribers. */
  setView(view: Partial<ChatView>): void {
    this.view = {...this.view, ...view};
    this.notify();
  }

  setSettings(settings: Partial<ChatSettings>): void {
    this.settings = {...this.settings, ...settings};
    this.notify();
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  submit(input: ChatInput): boolean {
    this.calls.push(['submit', input]);
    return true;
  }
  stop(): void {
    this.calls.push(['stop']);
  }
  clear(): void {
    this.calls.push(['clear']);
  }
  retry(): void {
    this.calls.push(['retry']);
  }
  undo(): void {
    this.calls.push(['undo']);
  }
  like(index: number, liked: boolean | null): void {
    this.calls.push(['like', index, liked]);
    const messages = [...this.view.messages];
    messages[index] = {...messages[index]!, liked};
    this.setView({messages});
  }
  edit(index: number, text: string): void {
    this.calls.push(['edit', index, text]);
  }
  chooseOption(index: number, value: string): void {
    this.calls.push(['chooseOption', index, value]);
  }
  saveDraft(text: string): void {
    this.calls.push(['saveDraft', text]);
  }
}

/** Provides a controller to its light-DOM children, as `<chat-blocks>` does. */
class TestChatHost extends HTMLElement {
  provider?: ContextProvider<typeof chatContext>;

  provide(controller: ChatController): void {
    this.provider = new ContextProvider(this, {context: chatContext, initialValue: controller});
  }
}
if (!customElements.get('test-chat-host')) customElements.define('test-chat-host', TestChatHost);

/** A list connected to a fake controller. */
export async function connectedList(
  view: Partial<ChatView> = {},
  settings: Partial<ChatSettings> = {},
  style = 'height: 400px',
): Promise<{list: ChatMessageList; chat: FakeChat}> {
  const chat = new FakeChat();
  chat.view = {...chat.view, ...view};
  chat.settings = {...chat.settings, ...settings};
  const host = document.createElement('test-chat-host') as TestChatHost;
  host.provide(chat);
  const list = document.createElement('chat-message-list');
  list.setAttribute('style', style);
  host.append(list);
  await fixture(host);
  await list.updateComplete;
  await waitUntil(() => list.shadowRoot?.querySelector('.log'), 'list rendered');
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

export function part<T extends Element = HTMLElement>(root: ParentNode, name: string): T | null {
  return root.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(root: ParentNode, name: string): T[] {
  return [...root.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Waits for the next animation frame plus the list's update. */
export async function nextFrame(list: ChatMessageList): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await list.updateComplete;
}


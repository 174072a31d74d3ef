// A stand-in for `<chat-blocks>` in tests of the sub-elements: a controller
// that records every call made on it and lets the test change what the
// sub-elements see, and `<test-chat-host>`, which provides it to the
// elements inside through the real context protocol.
import {ContextProvider} from '@lit/context';
import {chatContext, type ChatController, type ChatSettings, type ChatView} from '../../src/context.js';
import type {ChatInput} from '../../src/core/types.js';
import {defaultStrings, type ChatStrings} from '../../src/strings.js';
import {defaultSettings} from './settings.js';

/** One call on the controller: its name, then its arguments. */
export type Call = [name: string, ...args: unknown[]];

export class FakeChat implements ChatController {
  view: ChatView = {messages: [], status: 'idle', streamingIndex: -1};
  settings: ChatSettings = {...defaultSettings};
  strings: ChatStrings = {...defaultStrings};
  draftRequest = {text: '', revision: 0};
  /** What `submit` returns. */
  accept = true;
  /** Every call, in order, e.g. `['like', 2, true]`. */
  readonly calls: Call[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(start: {view?: Partial<ChatView>; settings?: Partial<ChatSettings>; strings?: Partial<ChatStrings>} = {}) {
    this.view = {...this.view, ...start.view};
    this.settings = {...this.settings, ...start.settings};
    this.strings = {...this.strings, ...start.strings};
  }

  /** The inputs `submit` was called with. */
  get submitted(): ChatInput[] {
    return this.calls.filter(([name]) => name === 'submit').map(([, input]) => input as ChatInput);
  }

  /** The texts `saveDraft` was called with. */
  get drafts(): string[] {
    return this.calls.filter(([name]) => name === 'saveDraft').map(([, text]) => text as string);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes what the sub-elements see and tells them. */
  update(change: {view?: Partial<ChatView>; settings?: Partial<ChatSettings>; strings?: Partial<ChatStrings>}): void {
    if (change.view) this.view = {...this.view, ...change.view};
    if (change.settings) this.settings = {...this.settings, ...change.settings};
    if (change.strings) this.strings = {...this.strings, ...change.strings};
    this.notify();
  }

  /** Asks the textbox to show `text`, as `undo()` does. */
  requestDraft(text: string): void {
    this.draftRequest = {text, revision: this.draftRequest.revision + 1};
    this.notify();
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  submit(input: ChatInput): boolean {
    this.calls.push(['submit', input]);
    return this.accept;
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
  /** Records the call and shows the new rating, as the real controller does. */
  like(index: number, liked: boolean | null): void {
    this.calls.push(['like', index, liked]);
    const message = this.view.messages[index];
    if (!message) return;
    const messages = [...this.view.messages];
    messages[index] = {...message, liked};
    this.update({view: {messages}});
  }
  readonly likes: ReadonlyMap<number, boolean | null> = new Map();
  edit(index: number, text: string): boolean {
    this.calls.push(['edit', index, text]);
    return true;
  }
  chooseOption(index: number, value: string): void {
    this.calls.push(['chooseOption', index, value]);
  }
  saveDraft(text: string): void {
    this.calls.push(['saveDraft', text]);
  }
}

/** Provides `controller` to every sub-element inside it, as `<chat-blocks>` does. */
export class TestChatHost extends HTMLElement {
  readonly provider = new ContextProvider(this, {context: chatContext, initialValue: undefined});

  set controller(controller: ChatController | undefined) {
    this.provider.setValue(controller);
  }

  get controller(): ChatController | undefined {
    return this.provider.value;
  }
}

if (!customElements.get('test-chat-host')) customElements.define('test-chat-host', TestChatHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-chat-host': TestChatHost;
  }
}

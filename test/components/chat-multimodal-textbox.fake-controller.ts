// A tiny stand-in for <chat-blocks> in tests of the sub-elements: a
// `<test-chat-host>` that provides a FakeController through the context
// protocol, and records what the sub-elements ask of it.
import {ContextProvider} from '@lit/context';
import {chatContext, type ChatController, type ChatSettings, type ChatView} from '../../src/context.js';
import type {ChatInput} from '../../src/core/types.js';
import {defaultStrings, type ChatStrings} from '../../src/strings.js';
import {defaultSettings} from '../fake-settings.js';

export {defaultSettings};

export class FakeController implements ChatController {
  view: ChatView = {messages: [], status: 'idle', streamingIndex: -1};
  settings: ChatSettings = {...defaultSettings};
  strings: ChatStrings = {...defaultStrings};
  draftRequest = {text: '', revision: 0};
  /** What `submit` returns. */
  accept = true;
  submitted: ChatInput[] = [];
  drafts: string[] = [];
  calls: string[] = [];
  private listeners = new Set<() => void>();

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

  requestDraft(text: string): void {
    this.draftRequest = {text, revision: this.draftRequest.revision + 1};
    this.notify();
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  submit(input: ChatInput): boolean {
    this.submitted.push(input);
    return this.accept;
  }
  stop(): void {
    this.calls.push('stop');
  }
  clear(): void {
    this.calls.push('clear');
  }
  retry(): void {
    this.calls.push('retry');
  }
  undo(): void {
    this.calls.push('undo');
  }
  like(): void {
    this.calls.push('like');
  }
  edit(): void {
    this.calls.push('edit');
  }
  chooseOption(): void {
    this.calls.push('chooseOption');
  }
  saveDraft(text: string): void {
    this.drafts.push(text);
  }
}

/** Provides `controller` to every sub-element inside it. */
export class TestChatHost extends HTMLElement {
  readonly provider = new ContextProvider(this, {context: chatContext, initialValue: undefined});

  set controller(controller: ChatController | undefined) {
    this.provider.setValue(controller);
  }
}

if (!customElements.get('test-chat-host')) customElements.define('test-chat-host', TestChatHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-chat-host': TestChatHost;
  }
}

import type {ChatEmit} from '../chat-events.js';
import type {ChatInput, ChatMessage} from '../types.js';
import type {ChatActions} from './controller-types.js';

/** What a standalone sub-element lends its controller. */
export interface StandaloneHost {
  /** Dispatches an event on the element. */
  emit: ChatEmit;
  /** The messages the element shows (the list's `messages` property; none for the others). */
  messages(): readonly ChatMessage[];
  /** The element's own `disabled`. */
  disabled(): boolean;
}

const noLikes: ReadonlyMap<number, boolean | null> = new Map();

/**
 * The controller of a sub-element used without `<chat-blocks>`: it holds no
 * conversation, so each user action becomes its event for the page to act
 * on. Likes are kept here (the page's `messages` are not changed) so the
 * buttons show them.
 */
export class StandaloneController implements ChatActions {
  private readonly host: StandaloneHost;
  /** The likes given, with the messages they belong to: new messages from the page start with none. */
  private kept?: {messages: readonly ChatMessage[]; likes: ReadonlyMap<number, boolean | null>};
  private readonly listeners = new Set<() => void>();

  constructor(host: StandaloneHost) {
    this.host = host;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  submit(input: ChatInput): boolean {
    const text = input.text ?? '';
    const files = input.files ?? [];
    if (this.host.disabled() || (!text.trim() && files.length === 0)) return false;
    return this.host.emit('chat-submit', {text, files}, {cancelable: true});
  }

  stop(): void {
    this.host.emit('chat-stop', {});
  }

  clear(): void {
    this.host.emit('chat-clear', {});
  }

  retry(index: number): void {
    if (!this.host.disabled()) this.host.emit('chat-retry', {index});
  }

  undo(index: number): void {
    if (!this.host.disabled()) this.host.emit('chat-undo', {index});
  }

  get likes(): ReadonlyMap<number, boolean | null> {
    const kept = this.kept;
    return kept && kept.messages === this.host.messages() ? kept.likes : noLikes;
  }

  like(index: number, liked: boolean | null): void {
    const messages = this.host.messages();
    const message = messages[index];
    if (!message) return;
    // A new map on each change: views that take the likes as an input render again.
    this.kept = {messages, likes: new Map(this.likes).set(index, liked)};
    this.notify();
    this.host.emit('chat-like', {index, value: message.content, liked});
  }

  edit(index: number, text: string): boolean {
    const previous = this.host.messages()[index]?.content;
    if (this.host.disabled() || typeof previous !== 'string' || !text.trim()) return false;
    this.host.emit('chat-edit', {index, value: text, previous});
    return true;
  }

  chooseOption(index: number, value: string): void {
    if (!this.host.disabled()) this.host.emit('chat-option', {index, value});
  }

  /** Nothing is kept without `<chat-blocks>`. */
  saveDraft(): void {}

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * What the list's buttons do: inside a `<chat-blocks>` they call its
 * controller; alone, the list fires the event itself (and keeps the likes
 * the user gave, which a standalone list has nowhere else to keep). Every
 * action that sends waits while the chat is disabled.
 */
import type {ReactiveElement} from 'lit';
import type {ChatController, ChatExample} from '../../context.js';
import type {ChatMessage} from '../../core/types.js';
import {fireChatEvent} from '../../events.js';
import {copyText} from '../../render/clipboard.js';
import {normalizeFile} from '../../render/media.js';
import type {TranscriptGroup} from '../../render/transcript.js';
import {visibleText} from '../../render/visible-text.js';

/** How long a copy button says "Copied". */
const copiedFeedbackMs = 1500;

/** Whether message `index` is liked: a standalone like the user gave, else the message's own `liked`. */
export function likedOf(likes: ReadonlyMap<number, boolean | null>, index: number, message: ChatMessage): boolean | null {
  return likes.has(index) ? likes.get(index)! : (message.liked ?? null);
}

export class ListActions {
  /** Standalone likes by message index, until the page sets new messages; replaced on each change. */
  likes: ReadonlyMap<number, boolean | null> = new Map();
  /** The message whose turn was just copied (its button says so), or -1. */
  copiedIndex = -1;

  private readonly host: ReactiveElement;
  private readonly controller: () => ChatController | undefined;
  private readonly disabled: () => boolean;
  private copiedTimer = 0;

  constructor(host: ReactiveElement, controller: () => ChatController | undefined, disabled: () => boolean) {
    this.host = host;
    this.controller = controller;
    this.disabled = disabled;
  }

  /** The page set new messages: likes given to the old ones are gone. */
  forgetLikes(): void {
    this.likes = new Map();
  }

  /** Stops the copied feedback's timer (the list left the page). */
  dispose(): void {
    clearTimeout(this.copiedTimer);
  }

  /** Like (`pressed` true) or dislike; pressing the pressed one takes it back. */
  like(index: number, message: ChatMessage, pressed: boolean): void {
    const liked = likedOf(this.likes, index, message) === pressed ? null : pressed;
    const controller = this.controller();
    if (controller) {
      controller.like(index, liked);
      return;
    }
    this.likes = new Map(this.likes).set(index, liked);
    this.host.requestUpdate();
    fireChatEvent(this.host, 'chat-like', {index, value: message.content, liked});
  }

  retry(index: number): void {
    if (this.disabled()) return;
    const controller = this.controller();
    if (controller) controller.retry(index);
    else fireChatEvent(this.host, 'chat-retry', {index});
  }

  undo(index: number): void {
    if (this.disabled()) return;
    const controller = this.controller();
    if (controller) controller.undo(index);
    else fireChatEvent(this.host, 'chat-undo', {index});
  }

  chooseOption(index: number, value: string): void {
    if (this.disabled()) return;
    const controller = this.controller();
    if (controller) controller.chooseOption(index, value);
    else fireChatEvent(this.host, 'chat-option', {index, value});
  }

  sendExample(example: ChatExample): void {
    if (this.disabled()) return;
    const input = typeof example === 'string' ? {text: example, files: []} : {text: example.text, files: example.files ?? []};
    const controller = this.controller();
    if (controller) controller.submit(input);
    else fireChatEvent(this.host, 'chat-submit', input, {cancelable: true});
  }

  /** Saves an edited user message; false when nothing was saved (empty, or disabled). */
  edit(index: number, value: string, previous: string): boolean {
    if (value.trim() === '' || this.disabled()) return false;
    const controller = this.controller();
    if (controller) controller.edit(index, value);
    else fireChatEvent(this.host, 'chat-edit', {index, value, previous});
    return true;
  }

  /**
   * Copies a turn: the visible text of its texts as rendered (thoughts and
   * hidden content left out), or its files' URLs when it has no text.
   */
  async copyTurn(index: number, turn: TranscriptGroup): Promise<void> {
    const entries = turn.entries.filter((entry) => entry.message.metadata?.title === undefined);
    const messages = entries.map((entry) => entry.message);
    const texts = entries.flatMap(({index: at, message}) => {
      if (typeof message.content !== 'string' || message.content === '') return [];
      const shown = this.host.renderRoot.querySelector(`[data-index="${at}"] [part~="message-content"]`);
      const text = shown ? visibleText(shown) : message.content;
      return text === '' ? [] : [text];
    });
    const urls = messages.flatMap((message) => (typeof message.content === 'string' ? [] : [normalizeFile(message.content).url]));
    const text = (texts.length > 0 ? texts : urls).join('\n\n');
    if (!(await copyText(text))) return;
    this.showCopied(index);
  }

  private showCopied(index: number): void {
    this.copiedIndex = index;
    this.host.requestUpdate();
    clearTimeout(this.copiedTimer);
    this.copiedTimer = window.setTimeout(() => {
      this.copiedIndex = -1;
      this.host.requestUpdate();
    }, copiedFeedbackMs);
  }
}

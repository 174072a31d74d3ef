/**
 * What the list's buttons do: each calls the controller, always (the
 * `<chat-blocks>` one, or the list's standalone one, which fires the event
 * and keeps the likes a standalone list has nowhere else to keep). The
 * controller checks `disabled`; copying is the list's own.
 */
import type {ReactiveElement} from 'lit';
import type {ChatActions, ChatExample} from '../../context.js';
import type {ChatMessage} from '../../core/types.js';
import {copyText} from '../../render/clipboard.js';
import {normalizeFile} from '../../render/media.js';
import type {TranscriptGroup} from '../../render/transcript.js';

/** How long a copy button says "Copied". */
const copiedFeedbackMs = 1500;

/** Whether message `index` is liked: a like the controller keeps (standalone), else the message's own `liked`. */
export function likedOf(likes: ReadonlyMap<number, boolean | null>, index: number, message: ChatMessage): boolean | null {
  return likes.has(index) ? likes.get(index)! : (message.liked ?? null);
}

export class ListActions {
  /** The message whose turn was just copied (its button says so), or -1. */
  copiedIndex = -1;

  private readonly host: ReactiveElement;
  private readonly controller: () => ChatActions;
  private copiedTimer = 0;

  constructor(host: ReactiveElement, controller: () => ChatActions) {
    this.host = host;
    this.controller = controller;
  }

  /** Stops the copied feedback's timer (the list left the page). */
  dispose(): void {
    clearTimeout(this.copiedTimer);
  }

  /** Like (`pressed` true) or dislike; pressing the pressed one takes it back. */
  like(index: number, message: ChatMessage, pressed: boolean): void {
    const controller = this.controller();
    controller.like(index, likedOf(controller.likes, index, message) === pressed ? null : pressed);
  }

  retry(index: number): void {
    this.controller().retry(index);
  }

  undo(index: number): void {
    this.controller().undo(index);
  }

  chooseOption(index: number, value: string): void {
    this.controller().chooseOption(index, value);
  }

  sendExample(example: ChatExample): void {
    const input = typeof example === 'string' ? {text: example, files: []} : {text: example.text, files: example.files ?? []};
    this.controller().submit(input);
  }

  /** Saves an edited user message; false when nothing was saved (empty, or disabled). */
  edit(index: number, value: string): boolean {
    return this.controller().edit(index, value);
  }

  /**
   * Copies a turn: the visible text of its texts as rendered (thoughts and
   * hidden content left out), or its files' URLs when it has no text.
   */
  async copyTurn(index: number, turn: TranscriptGroup): Promise<void> {
    // Loaded with the first copy, in a chunk of its own: a reply that is only read never needs it.
    const {visibleText} = await import('../../render/visible-text.js');
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

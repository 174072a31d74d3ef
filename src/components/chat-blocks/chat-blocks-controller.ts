import type {ChatController, ChatSettings, ChatView} from '../../context.js';
import type {ChatSession} from '../../core/session.js';
import type {ChatInput} from '../../core/types.js';
import {defaultStrings, type ChatStrings} from '../../strings.js';

/** What the controller asks of its element. */
export interface ControllerHost {
  /** Fires the cancelable `chat-submit`; false when a listener prevented it. */
  confirmSubmit(input: ChatInput): boolean;
  chooseOption(index: number, value: string): void;
  saveDraft(text: string): void;
  retry(): void;
  undo(): void;
}

/**
 * The object `<chat-blocks>` provides to its sub-elements through context:
 * the session's state, the element's settings and strings, and the user's
 * actions. Sub-elements subscribe to it and re-render on every change.
 */
export class ChatBlocksController implements ChatController {
  readonly session: ChatSession;
  private readonly host: ControllerHost;
  private readonly listeners = new Set<() => void>();
  settings: ChatSettings;
  strings: ChatStrings = {...defaultStrings};
  draftRequest = {text: '', revision: 0};
  focusRequest = 0;

  constructor(session: ChatSession, host: ControllerHost, settings: ChatSettings) {
    this.session = session;
    this.host = host;
    this.settings = settings;
    session.subscribe(() => this.notify());
  }

  get view(): ChatView {
    return this.session;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  update(settings: ChatSettings, strings: ChatStrings): void {
    this.settings = settings;
    this.strings = strings;
    this.notify();
  }

  /** Puts a text in the textbox (after undo, or a restored draft). */
  requestDraft(text: string): void {
    this.draftRequest = {text, revision: this.draftRequest.revision + 1};
    this.notify();
  }

  /** Asks the textbox to take focus (a user's action through the widget's own controls). */
  requestFocus(): void {
    this.focusRequest++;
    this.notify();
  }

  submit(input: ChatInput): boolean {
    const text = input.text ?? '';
    const files = input.files ?? [];
    if (this.settings.disabled || (!text.trim() && files.length === 0)) return false;
    if (!this.host.confirmSubmit({text, files})) return false;
    void this.session.send({text, files});
    this.requestFocus();
    return true;
  }

  stop(): void {
    this.session.stop();
    this.requestFocus();
  }

  /**
   * Empties the history and the textbox (text and attachments), aborting any
   * reply. `focus: false` for the `clear()` method, which a page may call
   * without the user being in the chat.
   */
  clear({focus = true}: {focus?: boolean} = {}): void {
    this.session.clear();
    this.requestDraft('');
    if (focus) this.requestFocus();
  }

  // With `disabled`, nothing is sent: not a retry, an edit, or an undo's re-send.
  retry(): void {
    if (this.settings.disabled) return;
    this.host.retry();
    this.requestFocus();
  }

  undo(): void {
    if (this.settings.disabled) return;
    this.host.undo();
    this.requestFocus();
  }

  edit(index: number, text: string): void {
    if (this.settings.disabled) return;
    void this.session.edit(index, text);
    this.requestFocus();
  }

  like(index: number, liked: boolean | null): void {
    this.session.like(index, liked);
  }

  chooseOption(index: number, value: string): void {
    this.host.chooseOption(index, value);
    this.requestFocus();
  }

  saveDraft(text: string): void {
    this.host.saveDraft(text);
  }
}

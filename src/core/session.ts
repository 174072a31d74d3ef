/*
 * Over 300 lines for a reason: this is the turn model, one state machine
 * (send, stop, clear, retry, undo, edit, like, and how a reply ends). Split across files, its transitions could not be read in one
 * place. A reply's attempts and chunks live in reply-stream.ts (loaded with
 * the first reply), and with it reply.ts, limits.ts, text-coalescer.ts and
 * silence.ts.
 */
import {ChatError} from './errors.js';
import {capText, defaultLimits, type Limits} from './limits.js';
import type {ReplyCursor, ReplyTarget} from './reply-stream.js';
import {replyStream, type ReplyStreamModule} from './reply-stream-loader.js';
import {validateFileData} from './validate.js';
import {validateKeeping} from './unchanged-messages.js';
import {ChatStatus, type ChatAdapter, type ChatInput, type ChatMessage, type ConnectionConfig, type FileData} from './types.js';
import type {ChatEventDetails, ChatEventName} from './chat-events.js';

/** What the session needs from its host, read afresh for every reply. */
export interface SessionHost {
  adapter(): ChatAdapter;
  config(): ConnectionConfig;
  /** Milliseconds of silence after which a reply fails. */
  timeout(): number;
  /** Automatic retries of a request that failed before its first byte. */
  retries(): number;
  /** What a backend may send (`max-reply-size`, `max-chunk-rate`, `max-error-length`, ...); the defaults if absent. */
  limits?(): Limits;
  /** Turns attached files into FileData (inline `data:` URLs, or uploads). */
  prepareFiles(files: ChatInput['files'], signal: AbortSignal): Promise<FileData[]>;
  /** Words a failure for the user, in the page's language. */
  describeError(error: ChatError | 'stopped'): string;
  emit<K extends ChatEventName>(name: K, detail: ChatEventDetails[K]): void;
}

/** Why a running reply was aborted. */
type AbortReason = 'stop' | 'reset';

/** A file shown from the user's own machine while it is read or uploaded. */
function localPreview(file: Blob): FileData {
  const preview: FileData = {url: URL.createObjectURL(file), size: file.size};
  if (file.type) preview.mime_type = file.type;
  if (file instanceof File) preview.name = file.name;
  return preview;
}

/** Where a reply that never started stands: its error goes on a new empty reply. */
const noReply: ReplyCursor = {index: -1, acceptsDeltas: false};

/**
 * The conversation: its history, the reply being written and its status.
 * DOM-free. Every reply belongs to a turn; clearing, undoing, editing or
 * replacing the history starts a new turn, and chunks of an older turn are
 * dropped, so nothing from an aborted reply ever arrives later.
 */
export class ChatSession {
  private readonly host: SessionHost;
  private listeners = new Set<() => void>();
  private turn = 0;
  private running?: {turn: number; controller: AbortController; reason?: AbortReason; done: Promise<void>};

  messages: ChatMessage[] = [];
  status: ChatStatus = ChatStatus.idle;
  /** Index of the message being written, or -1. */
  streamingIndex = -1;

  constructor(host: SessionHost) {
    this.host = host;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the whole history. Throws a TypeError (and changes nothing) when it is invalid. */
  setMessages(value: unknown): void {
    // Unchanged messages stay the same objects: only what changed renders again.
    this.replaceMessages(validateKeeping(this.messages, value));
  }

  /**
   * Replaces the whole history with messages already checked against it
   * (validMessages keeps the unchanged ones as they are), so an append to
   * 10,000 messages is not walked a second time.
   */
  replaceMessages(messages: ChatMessage[]): void {
    this.abort('reset');
    this.messages = messages;
    this.status = ChatStatus.idle;
    this.streamingIndex = -1;
    this.notify();
  }

  /** Shows the user's message at once, then streams the reply. Resolves when the reply ends, however it ends. */
  async send(input: ChatInput): Promise<void> {
    const text = input.text ?? '';
    const files = input.files ?? [];
    if (!text.trim() && files.length === 0) return;
    if (this.running) {
      // A new message while a reply streams: that reply is stopped first, and marked so.
      this.abort('stop');
      await this.running?.done;
    }
    await this.runTurn(async (turn, controller) => {
      // The user's message shows at once: files still being read or uploaded
      // show from a local preview until their final FileData is known.
      let previews: FileData[];
      try {
        previews = files.map((file, index) => (file instanceof Blob ? localPreview(file) : validateFileData(file, `files[${index}]`)));
      } catch (error) {
        if (text) this.messages = [...this.messages, {role: 'user', content: text}];
        this.fail(error);
        return;
      }
      const start = this.messages.length;
      const added: ChatMessage[] = previews.map((file) => ({role: 'user', content: file}));
      if (text) added.push({role: 'user', content: text});
      this.messages = [...this.messages, ...added];
      this.notify();
      let fileData: FileData[];
      try {
        fileData = await this.host.prepareFiles(files, controller.signal);
      } catch (error) {
        if (turn !== this.turn) return;
        // The files could not be read or uploaded: keep the user's words, drop the previews.
        this.messages = [...this.messages.slice(0, start), ...this.messages.slice(start + previews.length)];
        this.fail(error);
        return;
      } finally {
        for (const preview of previews) if (preview.url.startsWith('blob:')) URL.revokeObjectURL(preview.url);
      }
      if (turn !== this.turn) return;
      if (fileData.length) {
        const next = this.messages.slice();
        fileData.forEach((file, i) => (next[start + i] = {...next[start + i], content: file}));
        this.messages = next;
        this.notify();
      }
      await this.reply(turn, controller, text, fileData);
    });
  }

  /** Stops the reply being written; its partial text stays. */
  stop(): void {
    this.abort('stop');
  }

  /** Empties the history and aborts any reply. */
  clear(): void {
    this.abort('reset');
    this.turn++;
    this.messages = [];
    this.status = ChatStatus.idle;
    this.streamingIndex = -1;
    this.notify();
    this.host.emit('chat-clear', {});
    this.host.emit('chat-change', {messages: this.messages});
  }

  /**
   * Regenerates the last reply: everything after the last user message is
   * replaced by a new reply to it.
   */
  async retry(): Promise<void> {
    const index = this.lastUserIndex();
    if (index < 0) return;
    this.abort('reset');
    this.host.emit('chat-retry', {index});
    const {text, files} = this.submissionEndingAt(index);
    this.messages = this.messages.slice(0, index + 1);
    await this.replyAgain(text, files);
  }

  /** Removes the last exchange and returns the user's text, for the textbox. */
  undo(): string | undefined {
    const end = this.lastUserIndex();
    if (end < 0) return undefined;
    this.abort('reset');
    this.turn++;
    const {text, start} = this.submissionEndingAt(end);
    this.host.emit('chat-undo', {index: start});
    this.messages = this.messages.slice(0, start);
    this.status = ChatStatus.idle;
    this.streamingIndex = -1;
    this.notify();
    this.host.emit('chat-change', {messages: this.messages});
    return text;
  }

  /** Replaces a user message's text and answers again from that point. */
  async edit(index: number, text: string): Promise<void> {
    const message = this.messages[index];
    if (!message || message.role !== 'user' || typeof message.content !== 'string' || !text.trim()) return;
    this.abort('reset');
    const previous = message.content;
    this.messages = [...this.messages.slice(0, index), {...message, content: text}];
    this.host.emit('chat-edit', {index, value: text, previous});
    const {files} = this.submissionEndingAt(index);
    await this.replyAgain(text, files);
  }

  /** Records like (`true`), dislike (`false`) or neither (`null`) on a message. */
  like(index: number, liked: boolean | null): void {
    const message = this.messages[index];
    if (!message) return;
    const next = this.messages.slice();
    next[index] = {...message, liked};
    this.messages = next;
    this.notify();
    this.host.emit('chat-like', {index, value: message.content, liked});
    this.host.emit('chat-change', {messages: this.messages});
  }

  /** Resolves when the reply now being written ends (at once if none). */
  settled(): Promise<void> {
    return this.running?.done ?? Promise.resolve();
  }

  private replyAgain(text: string, files: FileData[]): Promise<void> {
    return this.runTurn((turn, controller) => this.reply(turn, controller, text, files));
  }

  /** Starts a new turn, runs `work` for it, and settles it however it ends. */
  private async runTurn(work: (turn: number, controller: AbortController) => Promise<void>): Promise<void> {
    const turn = ++this.turn;
    const controller = new AbortController();
    let finish!: () => void;
    this.running = {turn, controller, done: new Promise<void>((resolve) => (finish = resolve))};
    this.status = ChatStatus.waiting;
    this.streamingIndex = -1;
    this.notify();
    try {
      await work(turn, controller);
    } finally {
      if (this.running?.turn === turn) this.running = undefined;
      finish();
    }
  }

  /**
   * Asks the adapter and applies the chunks (`reply-stream.ts`, loaded with
   * the first reply). When that code cannot be fetched, the reply fails with
   * a `load` error: the user's message stays, and the next send tries again.
   */
  private async reply(turn: number, controller: AbortController, text: string, files: FileData[]): Promise<void> {
    const stale = () => turn !== this.turn;
    let streamReply: ReplyStreamModule['streamReply'];
    try {
      ({streamReply} = await replyStream.load());
    } catch (error) {
      if (stale()) return;
      if (controller.signal.aborted) return this.stopped(noReply);
      return this.fail(new ChatError('The reply code could not be loaded.', {code: 'load', cause: error}));
    }
    if (stale()) return;
    const target: ReplyTarget = {
      adapter: () => this.host.adapter(),
      config: () => this.host.config(),
      timeout: () => this.host.timeout(),
      retries: () => this.host.retries(),
      limits: this.limits(),
      messages: () => this.messages,
      show: (messages, index) => {
        this.messages = messages;
        this.status = ChatStatus.streaming;
        this.streamingIndex = index;
        this.notify();
      },
      stale,
      succeeded: (cursor) => this.succeeded(cursor),
      stopped: (cursor) => this.stopped(cursor),
      fail: (error, cursor) => this.fail(error, cursor),
    };
    await streamReply(target, controller.signal, text, files);
  }

  private succeeded(cursor: ReplyCursor): void {
    this.status = ChatStatus.idle;
    this.streamingIndex = -1;
    this.notify();
    const message = this.messages[cursor.index] ?? this.messages[this.messages.length - 1];
    this.host.emit('chat-response', {message, messages: this.messages});
    this.host.emit('chat-change', {messages: this.messages});
  }

  private stopped(cursor: ReplyCursor): void {
    this.markReply(cursor, this.host.describeError('stopped'));
    this.status = ChatStatus.idle;
    this.streamingIndex = -1;
    this.notify();
    this.host.emit('chat-stop', {});
    this.host.emit('chat-change', {messages: this.messages});
  }

  private fail(error: unknown, cursor: ReplyCursor = noReply): void {
    const chatError =
      error instanceof ChatError
        ? error
        : new ChatError(error instanceof Error ? error.message : String(error), {code: 'adapter', cause: error});
    const text = capText(this.host.describeError(chatError), this.limits().errorLength);
    this.markReply(cursor, text);
    this.status = ChatStatus.error;
    this.streamingIndex = -1;
    this.notify();
    this.host.emit('chat-error', chatError.status === undefined ? {error: text} : {error: text, status: chatError.status});
    this.host.emit('chat-change', {messages: this.messages});
  }

  /** Puts the error on the reply that was being written, or on a new empty reply. */
  private markReply(cursor: ReplyCursor, error: string): void {
    const current = this.messages[cursor.index];
    if (current && current.role === 'assistant') {
      const next = this.messages.slice();
      next[cursor.index] = {...current, error};
      this.messages = next;
    } else {
      this.messages = [...this.messages, {role: 'assistant', content: '', error}];
    }
  }

  private abort(reason: AbortReason): void {
    const running = this.running;
    if (!running) return;
    running.reason = reason;
    if (reason === 'reset') this.turn++;
    running.controller.abort();
    if (reason === 'reset') this.running = undefined;
  }

  private lastUserIndex(): number {
    for (let i = this.messages.length - 1; i >= 0; i--) if (this.messages[i].role === 'user') return i;
    return -1;
  }

  /** The user messages sent together (files, then text) that end at `end`. */
  private submissionEndingAt(end: number): {text: string; files: FileData[]; start: number} {
    let start = end;
    while (start > 0 && this.messages[start - 1].role === 'user' && typeof this.messages[start - 1].content !== 'string') start--;
    const text = typeof this.messages[end].content === 'string' ? (this.messages[end].content as string) : '';
    const files = this.messages
      .slice(start, end + 1)
      .map((message) => message.content)
      .filter((content): content is FileData => typeof content !== 'string');
    return {text, files, start};
  }

  private limits(): Limits {
    return this.host.limits?.() ?? defaultLimits;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

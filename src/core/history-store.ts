import {validateMessages} from './validate.js';
import type {ChatMessage} from './types.js';

/** What is kept across reloads. */
export interface SavedChat {
  messages: ChatMessage[];
  draft: string;
  /** Index of a reply that was still being written when saved, or -1. */
  streamingIndex: number;
  /** True when the page was left while waiting for the first token. */
  waiting: boolean;
}

/** `data:` URLs longer than this are not written to storage (a note replaces them). */
export const maxStoredDataUrl = 64 * 1024;

/** The text that takes the place of a file not written to storage (from `strings.fileNotKept`). */
export type FileNote = (name: string) => string;

/**
 * Keeps one conversation in Web Storage (`localStorage` or
 * `sessionStorage`) under one key. Never throws: a full quota, a storage
 * the browser refuses, or corrupt stored data gives a console warning, and
 * the widget goes on without it.
 */
export class HistoryStore {
  private readonly storage: Storage | undefined;
  private readonly key: string;
  private readonly note: FileNote;
  /** A failed save was reported; quiet until one succeeds (saves run every second while streaming). */
  private warned = false;

  constructor(kind: 'local' | 'session', key: string, note: FileNote) {
    this.key = key || 'chat-blocks';
    this.note = note;
    try {
      this.storage = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    } catch (error) {
      console.warn('chat-blocks: Web Storage is not available; the history will not be kept.', error);
    }
  }

  load(): SavedChat | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.storage?.getItem(this.key);
    } catch (error) {
      console.warn('chat-blocks: could not read the saved history.', error);
      return undefined;
    }
    if (!raw) return undefined;
    try {
      const data = JSON.parse(raw) as Partial<SavedChat> | null;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TypeError('not an object');
      const messages = validateMessages(data.messages ?? []);
      const streamingIndex = data.streamingIndex;
      return {
        messages,
        draft: typeof data.draft === 'string' ? data.draft : '',
        streamingIndex: Number.isInteger(streamingIndex) && streamingIndex! < messages.length ? streamingIndex! : -1,
        waiting: data.waiting === true,
      };
    } catch (error) {
      console.warn(`chat-blocks: the saved history under "${this.key}" is corrupt and was ignored.`, error);
      return undefined;
    }
  }

  /**
   * Writes the conversation. Inline files over `maxStoredDataUrl` are left
   * out; when the quota is full even so, every inline file is left out and
   * the write tried once more.
   */
  save(chat: SavedChat): void {
    if (!this.storage) return;
    let failure: unknown;
    for (const limit of [maxStoredDataUrl, 0]) {
      const data: SavedChat = {...chat, messages: chat.messages.map((message) => this.withoutLargeData(message, limit))};
      try {
        this.storage.setItem(this.key, JSON.stringify(data));
        this.warned = false;
        return;
      } catch (error) {
        failure = error;
      }
    }
    if (this.warned) return;
    this.warned = true;
    console.warn('chat-blocks: could not save the history (storage full?). The chat goes on unsaved.', failure);
  }

  remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to keep, nothing to warn about.
    }
  }

  /** An inline file longer than `limit` would exhaust the quota: a note takes its place. */
  private withoutLargeData(message: ChatMessage, limit: number): ChatMessage {
    const content = message.content;
    if (typeof content === 'string' || !content.url.startsWith('data:') || content.url.length <= limit) return message;
    return {...message, content: this.note(content.name ?? content.mime_type ?? 'file')};
  }
}

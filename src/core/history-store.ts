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

/**
 * Keeps one conversation in Web Storage (`localStorage` or
 * `sessionStorage`) under one key. Never throws: a full quota, a storage
 * the browser refuses, or corrupt stored data gives a console warning, and
 * the widget goes on without it.
 */
export class HistoryStore {
  private readonly storage: Storage | undefined;
  private readonly key: string;

  constructor(kind: 'local' | 'session', key: string) {
    this.key = key || 'chat-blocks';
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
      const data = JSON.parse(raw) as Partial<SavedChat>;
      return {
        messages: validateMessages(data.messages ?? []),
        draft: typeof data.draft === 'string' ? data.draft : '',
        streamingIndex: typeof data.streamingIndex === 'number' ? data.streamingIndex : -1,
        waiting: data.waiting === true,
      };
    } catch (error) {
      console.warn(`chat-blocks: the saved history under "${this.key}" is corrupt and was ignored.`, error);
      return undefined;
    }
  }

  save(chat: SavedChat): void {
    if (!this.storage) return;
    const data: SavedChat = {...chat, messages: chat.messages.map(withoutLargeData)};
    try {
      this.storage.setItem(this.key, JSON.stringify(data));
    } catch (error) {
      console.warn('chat-blocks: could not save the history (storage full?). The chat goes on unsaved.', error);
    }
  }

  remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to keep, nothing to warn about.
    }
  }
}

/** Large inline files would exhaust the quota: keep a note in their place. */
function withoutLargeData(message: ChatMessage): ChatMessage {
  const content = message.content;
  if (typeof content === 'string' || !content.url.startsWith('data:') || content.url.length <= maxStoredDataUrl) {
    return message;
  }
  const name = content.name ?? content.mime_type ?? 'file';
  return {...message, content: `📎 ${name} (too large to keep after a reload)`};
}

import {HistoryStore} from '../../core/history-store.js';
import type {ChatSession} from '../../core/session.js';
import type {ChatMessage} from '../../core/types.js';

export type PersistMode = 'none' | 'local' | 'session';

/** How often, at most, a streaming reply is written to storage. */
const streamingSaveInterval = 1000;

/**
 * Keeps the conversation of one `<chat-blocks>` in Web Storage: saved after
 * each change, throttled while a reply streams, restored on load with a
 * reply cut by the reload marked as interrupted.
 */
export class HistoryPersistence {
  private readonly session: ChatSession;
  private store?: HistoryStore;
  private draft = '';
  private timer?: ReturnType<typeof setTimeout>;
  private lastSave = 0;

  constructor(session: ChatSession) {
    this.session = session;
    session.subscribe(() => this.schedule());
  }

  /**
   * Starts keeping the history with `mode` under `key` and restores what was
   * kept there. Returns the restored draft, if any.
   */
  configure(mode: PersistMode, key: string, interruptedText: string): string | undefined {
    this.flush();
    this.store = mode === 'local' || mode === 'session' ? new HistoryStore(mode, key) : undefined;
    const saved = this.store?.load();
    if (!saved) return undefined;
    const messages: ChatMessage[] = saved.messages.slice();
    const cut = messages[saved.streamingIndex];
    if (cut && cut.role === 'assistant') {
      messages[saved.streamingIndex] = {...cut, error: interruptedText};
    } else if (saved.waiting) {
      messages.push({role: 'assistant', content: '', error: interruptedText});
    }
    this.session.setMessages(messages);
    this.draft = saved.draft;
    return saved.draft || undefined;
  }

  saveDraft(text: string): void {
    this.draft = text;
    this.schedule();
  }

  /** Writes now whatever is pending (on disconnect, and before switching keys). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.write();
  }

  private schedule(): void {
    if (!this.store) return;
    const streaming = this.session.status === 'streaming';
    const wait = streaming ? Math.max(0, this.lastSave + streamingSaveInterval - Date.now()) : 0;
    if (this.timer !== undefined) {
      if (streaming) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write();
    }, wait);
  }

  private write(): void {
    if (!this.store) return;
    this.lastSave = Date.now();
    this.store.save({
      messages: this.session.messages,
      draft: this.draft,
      streamingIndex: this.session.status === 'streaming' ? this.session.streamingIndex : -1,
      waiting: this.session.status === 'waiting',
    });
  }
}

import {HistoryStore, type FileNote} from '../history-store.js';
import type {ChatSession} from '../session.js';
import type {ChatMessage} from '../types.js';

export type PersistMode = 'none' | 'local' | 'session';

/** How often, at most, a streaming reply is written to storage. */
const streamingSaveInterval = 1000;

/**
 * Keeps the conversation of one `<chat-blocks>` in Web Storage: saved after
 * each change, throttled while a reply streams, and written at once when
 * the page is left (`pagehide`) so a reload finds the reply as far as it
 * got. Restored on load, with a reply cut by the reload marked as
 * interrupted.
 */
export class HistoryPersistence {
  private readonly session: ChatSession;
  private store?: HistoryStore;
  private draft = '';
  private timer?: ReturnType<typeof setTimeout>;
  private lastSave = 0;
  private readonly onPageHide = () => this.flush();

  constructor(session: ChatSession) {
    this.session = session;
    session.subscribe(() => this.schedule());
  }

  /**
   * Starts keeping the history with `mode` under `key` and restores what was
   * kept there. `interruptedText` marks a reply the reload cut; `fileNote`
   * gives the text that replaces an inline file too large to store (a
   * function from the controller: this module, loaded with the first
   * `persist`, then shares nothing with the page bundle but the history's
   * own code). Returns the
   * draft the textbox should show: the restored one, '' when switching to a
   * key with nothing kept, undefined when the textbox keeps what it has.
   */
  configure(mode: PersistMode, key: string, interruptedText: string, fileNote: FileNote): string | undefined {
    // What was kept under the previous key is written there, and only there.
    this.flush();
    const switching = this.store !== undefined;
    this.store = mode === 'local' || mode === 'session' ? new HistoryStore(mode, key, fileNote) : undefined;
    const saved = this.store?.load();
    if (!saved) {
      if (!switching || !this.store) return undefined;
      // Another key with nothing kept (the app switched users): an empty
      // conversation and textbox, never the previous key's.
      this.draft = '';
      this.session.setMessages([]);
      return '';
    }
    const messages = markInterrupted(saved.messages, saved.streamingIndex, saved.waiting, interruptedText);
    this.session.setMessages(messages);
    this.draft = saved.draft;
    return switching ? saved.draft : saved.draft || undefined;
  }

  saveDraft(text: string): void {
    this.draft = text;
    this.schedule();
  }

  /** Writes now whatever is pending (on disconnect, on leaving the page, and before switching keys). */
  flush(): void {
    this.cancelTimer();
    this.write();
  }

  private schedule(): void {
    if (!this.store) return;
    const streaming = this.session.status === 'streaming';
    if (this.timer !== undefined) {
      if (streaming) return;
      this.cancelTimer();
    }
    const wait = streaming ? Math.max(0, this.lastSave + streamingSaveInterval - Date.now()) : 0;
    this.timer = setTimeout(() => {
      this.cancelTimer();
      this.write();
    }, wait);
    // A reload must not lose what the timer has not written yet.
    globalThis.addEventListener?.('pagehide', this.onPageHide);
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
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

/**
 * A reply that was being written when the page was left can never finish:
 * it gets `error` (so it shows with a retry button), and a thought of it
 * still pending is closed. Left while waiting for the first token, an empty
 * reply carries the error.
 */
function markInterrupted(saved: ChatMessage[], streamingIndex: number, waiting: boolean, error: string): ChatMessage[] {
  const messages = saved.slice();
  const cut = messages[streamingIndex];
  if (cut && cut.role === 'assistant') {
    let lastUser = streamingIndex;
    while (lastUser >= 0 && messages[lastUser].role !== 'user') lastUser--;
    for (let i = lastUser + 1; i <= streamingIndex; i++) {
      if (messages[i].metadata?.status === 'pending') messages[i] = {...messages[i], metadata: {...messages[i].metadata, status: 'done'}};
    }
    messages[streamingIndex] = {...messages[streamingIndex], error};
  } else if (waiting) {
    messages.push({role: 'assistant', content: '', error});
  }
  return messages;
}

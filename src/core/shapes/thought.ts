import type {ChatChunk} from '../types.js';

/**
 * Writes collapsible "thought" messages (reasoning, a tool call) into a
 * reply, in the chunks every reader shares: a `message` with
 * `metadata.title` and status `pending` opens one, `content` chunks carry
 * its whole text so far, and a `metadata` chunk marks it done with its
 * duration. A text `delta` after it starts the answer as a new message.
 */
export class ThoughtWriter {
  private open?: {key: string; started: number; text: string};

  /** The key of the thought being written, if one is open. */
  get current(): string | undefined {
    return this.open?.key;
  }

  /** Adds `text` to the thought `key`, opening it (and closing any other) first. */
  append(key: string, title: string, text: string): ChatChunk[] {
    const chunks = this.open && this.open.key !== key ? this.end() : [];
    if (!this.open) {
      this.open = {key, started: performance.now(), text: ''};
      chunks.push({message: {role: 'assistant', content: '', metadata: {title, status: 'pending'}}});
    }
    if (text) {
      this.open.text += text;
      chunks.push({content: this.open.text});
    }
    return chunks;
  }

  /** Replaces the whole text of the open thought `key`. */
  replace(key: string, title: string, text: string): ChatChunk[] {
    const chunks = this.append(key, title, '');
    if (this.open) this.open.text = text;
    chunks.push({content: text});
    return chunks;
  }

  /** Marks the open thought done, with its duration in seconds. */
  end(): ChatChunk[] {
    if (!this.open) return [];
    const duration = Math.round((performance.now() - this.open.started) / 100) / 10;
    this.open = undefined;
    return [{metadata: {status: 'done', duration}}];
  }

  /** Ends any open thought, then appends answer text. */
  answer(text: string): ChatChunk[] {
    if (!text) return [];
    return [...this.end(), {delta: text}];
  }
}

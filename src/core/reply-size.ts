import {LimitError} from './limits.js';
import type {ChatMessage} from './types.js';

/** Characters a message holds: its text or file URL and name, title, log and options. */
function sizeOf(message: ChatMessage | undefined): number {
  if (!message) return 0;
  const {content, metadata, options} = message;
  let size =
    typeof content === 'string' ? content.length : content.url.length + (content.name?.length ?? 0) + (content.alt_text?.length ?? 0);
  size += (metadata?.title?.length ?? 0) + (metadata?.log?.length ?? 0);
  for (const option of options ?? []) size += option.value.length + (option.label?.length ?? 0);
  return size;
}

/**
 * The size of one reply, kept up to date one changed message at a time
 * (a chunk changes only the message the cursor points at), so checking it
 * costs nothing per chunk however long the reply grows.
 */
export class ReplySize {
  private readonly sizes = new Map<number, number>();
  private total = 0;

  constructor(private readonly max: number) {}

  /**
   * Characters of text the reply may still take: appended text adds its
   * length to the reply, whether it extends the message being written or
   * starts a new one.
   */
  get room(): number {
    return this.max - this.total;
  }

  /** Counts the message at `index` as it now is; throws a `LimitError` past the limit. */
  update(messages: readonly ChatMessage[], index: number): void {
    const size = sizeOf(messages[index]);
    const total = this.total + size - (this.sizes.get(index) ?? 0);
    if (total > this.max) throw new LimitError('max-reply-size', this.max);
    this.total = total;
    this.sizes.set(index, size);
  }
}

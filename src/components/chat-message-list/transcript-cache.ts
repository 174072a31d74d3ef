/**
 * The transcript of the history the list shows, built again only from the
 * first message that changed: an append to 10,000 messages groups the new
 * message and regroups the last group, not every message. The groups before
 * it are the same objects as before, so nothing that depends on them sees
 * a change. Where a later message nests in an earlier group, or the groups'
 * ranges overlap (a thought nested in an older group), the whole history is
 * grouped again.
 */
import type {ChatMessage} from '../../core/types.js';
import {TranscriptBuilder, transcriptOf, type TranscriptGroup} from '../../render/transcript.js';

export class TranscriptCache {
  private messages: readonly ChatMessage[] = [];
  private built = new TranscriptBuilder();

  /** The groups of `messages` (the same array until `messages` changes). */
  of(messages: readonly ChatMessage[]): readonly TranscriptGroup[] {
    if (messages !== this.messages) {
      this.built = this.continued(messages) ?? transcriptOf(messages);
      this.messages = messages;
    }
    return this.built.groups;
  }

  /** The previous transcript's groups up to the first changed message, and the rest grouped again; undefined if they cannot be kept. */
  private continued(messages: readonly ChatMessage[]): TranscriptBuilder | undefined {
    const previous = this.built;
    if (previous.interleaved) return undefined;
    const shortest = Math.min(messages.length, this.messages.length);
    let same = 0;
    while (same < shortest && messages[same] === this.messages[same]) same++;
    // Each group holds the messages from its key to the next group's key (nothing is nested in an
    // earlier group): the groups that start before the first changed message are unchanged, but the
    // last of them, which a changed or new message may join, is grouped again.
    let kept = previous.groups.length;
    while (kept > 0 && previous.groups[kept - 1]!.key >= same) kept--;
    kept--;
    if (kept <= 0) return undefined;
    const builder = new TranscriptBuilder(previous, kept);
    for (let index = previous.groups[kept]!.key; index < messages.length; index++) {
      if (!builder.add(messages[index]!, index)) return undefined;
    }
    return builder;
  }
}

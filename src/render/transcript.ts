/**
 * How a history is laid out on screen, before any DOM: system messages are
 * left out, thoughts with a `parent_id` are nested inside the thought with
 * that `id`, and consecutive messages of one role form a group (one avatar,
 * one bubble stack). Indexes always point into the full history, system
 * messages included, as events report them. DOM-free.
 */
import type {ChatMessage} from '../core/types.js';

export interface TranscriptEntry {
  /** Position of the message in the full history. */
  index: number;
  message: ChatMessage;
  /** Thoughts nested inside this one (`parent_id` equal to its `id`). */
  children: TranscriptEntry[];
}

export interface TranscriptGroup {
  role: 'user' | 'assistant';
  /** Index of the group's first message: a stable key. */
  key: number;
  entries: TranscriptEntry[];
}

/** Groups and nests the visible messages of a history. */
export function buildTranscript(messages: readonly ChatMessage[]): TranscriptGroup[] {
  const groups: TranscriptGroup[] = [];
  const thoughtsById = new Map<string, TranscriptEntry>();
  messages.forEach((message, index) => {
    if (message.role === 'system') return;
    const entry: TranscriptEntry = {index, message, children: []};
    const parentId = message.metadata?.parent_id;
    const parent = parentId === undefined ? undefined : thoughtsById.get(parentId);
    const id = message.metadata?.id;
    if (id !== undefined && message.metadata?.title !== undefined && !thoughtsById.has(id)) thoughtsById.set(id, entry);
    if (parent) {
      parent.children.push(entry);
      return;
    }
    const last = groups.at(-1);
    if (last?.role === message.role) last.entries.push(entry);
    else groups.push({role: message.role, key: index, entries: [entry]});
  });
  return groups;
}

/** Index of the last visible message if it is an assistant reply, else -1. */
export function lastReplyIndex(messages: readonly ChatMessage[]): number {
  for (let index = messages.length - 1; index >= 0; index--) {
    const role = messages[index]!.role;
    if (role === 'system') continue;
    return role === 'assistant' ? index : -1;
  }
  return -1;
}

/**
 * The message that speaks for a turn (a group): its last message that is
 * not a thought, else its last message. The turn's one action row sits on
 * it, and like, dislike and edit act on its index.
 */
export function turnLead(group: TranscriptGroup): TranscriptEntry {
  const entries = group.entries;
  return entries.findLast((entry) => entry.message.metadata?.title === undefined) ?? entries.at(-1)!;
}

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

/** A thought that later messages may nest in, and the position of the group that holds it. */
interface Thought {
  entry: TranscriptEntry;
  group: number;
}

/**
 * Groups and nests messages one at a time, in the order of the history. A
 * builder may start from the first groups of another one's transcript
 * (`frozen`): those groups and their entries are shared, never changed, and
 * a message that would change them is refused.
 */
export class TranscriptBuilder {
  readonly groups: TranscriptGroup[];
  readonly thoughtsById: Map<string, Thought>;
  /** A message was nested in a group before the last: a group may hold messages after the next group's key. */
  interleaved = false;
  private readonly frozen: number;

  constructor(from?: TranscriptBuilder, frozen = 0) {
    this.frozen = frozen;
    this.groups = from ? from.groups.slice(0, frozen) : [];
    this.thoughtsById = new Map(from ? [...from.thoughtsById].filter(([, thought]) => thought.group < frozen) : []);
  }

  /** Places the message at `index`; false (and nothing placed) when that would change a frozen group. */
  add(message: ChatMessage, index: number): boolean {
    if (message.role === 'system') return true;
    const entry: TranscriptEntry = {index, message, children: []};
    const parentId = message.metadata?.parent_id;
    const parent = parentId === undefined ? undefined : this.thoughtsById.get(parentId);
    const groups = this.groups;
    const last = groups.length - 1;
    const joins = !parent && groups[last]?.role === message.role;
    if ((parent ? parent.group : joins ? last : groups.length) < this.frozen) return false;
    let group = last;
    if (parent) {
      parent.entry.children.push(entry);
      if (parent.group !== last) this.interleaved = true;
      group = parent.group;
    } else if (joins) {
      groups[last]!.entries.push(entry);
    } else {
      groups.push({role: message.role, key: index, entries: [entry]});
      group++;
    }
    const id = message.metadata?.id;
    if (id !== undefined && message.metadata?.title !== undefined && !this.thoughtsById.has(id)) this.thoughtsById.set(id, {entry, group});
    return true;
  }
}

/** A builder that has grouped and nested the whole history. */
export function transcriptOf(messages: readonly ChatMessage[]): TranscriptBuilder {
  const builder = new TranscriptBuilder();
  messages.forEach((message, index) => builder.add(message, index));
  return builder;
}

/** Groups and nests the visible messages of a history. */
export const buildTranscript = (messages: readonly ChatMessage[]): TranscriptGroup[] => transcriptOf(messages).groups;

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

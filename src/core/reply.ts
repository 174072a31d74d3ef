import {formatError} from './errors.js';
import {validateMessage} from './validate.js';
import type {ChatChunk, ChatMessage} from './types.js';

/**
 * Where the reply being written stands: the index of the message that
 * chunks currently go to (-1 before the first), and whether that message
 * is a text reply that `delta`s append to. After a whole `message` chunk,
 * `metadata` and `content` chunks still address that message, but a
 * `delta` starts a new text reply.
 */
export interface ReplyCursor {
  index: number;
  acceptsDeltas: boolean;
}

export type ChunkOutcome = {kind: 'continue'; changed: boolean} | {kind: 'done'} | {kind: 'error'; message: string; code?: 'format'};

/**
 * Applies one decoded chunk to the history, immutably: the message being
 * written is replaced by a new object, every other message is shared.
 * Returns the new history and cursor, and whether the reply goes on.
 */
export function applyChunk(
  messages: ChatMessage[],
  cursor: ReplyCursor,
  chunk: ChatChunk,
): {messages: ChatMessage[]; cursor: ReplyCursor; outcome: ChunkOutcome} {
  const unchanged = {messages, cursor, outcome: {kind: 'continue', changed: false} as ChunkOutcome};
  if (typeof chunk === 'string') return appendText(messages, cursor, chunk);
  if (typeof chunk !== 'object' || chunk === null) return unchanged;
  if (typeof chunk.error === 'string') return {messages, cursor, outcome: {kind: 'error', message: chunk.error}};

  let result = unchanged;
  if (chunk.message !== undefined) {
    let message: ChatMessage;
    try {
      message = validateMessage(chunk.message, 'message chunk');
    } catch (error) {
      return {messages, cursor, outcome: unreadable(error)};
    }
    // Roles are the widget's to decide: a backend adds assistant content only.
    // A `user` or `system` message from it is refused, never shown, kept or
    // sent back as the user's words.
    if (message.role !== 'assistant') {
      console.warn(`chat-blocks: a reply's message chunk with role "${message.role}" was refused; a backend adds assistant content only.`);
      return unchanged;
    }
    const next = [...messages, message];
    result = {
      messages: next,
      cursor: {index: next.length - 1, acceptsDeltas: false},
      outcome: {kind: 'continue', changed: true},
    };
  }
  if (typeof chunk.content === 'string') result = replaceText(result.messages, result.cursor, chunk.content);
  if (typeof chunk.delta === 'string') result = appendText(result.messages, result.cursor, chunk.delta);
  if (chunk.metadata !== undefined && typeof chunk.metadata === 'object' && chunk.metadata !== null) {
    result = mergeMetadata(result.messages, result.cursor, chunk.metadata);
  }
  if (chunk.done === true) return {...result, outcome: {kind: 'done'}};
  return result;
}

function startTextReply(messages: ChatMessage[], text: string) {
  const next = [...messages, {role: 'assistant', content: text} as ChatMessage];
  return {
    messages: next,
    cursor: {index: next.length - 1, acceptsDeltas: true},
    outcome: {kind: 'continue', changed: true} as ChunkOutcome,
  };
}

function replaceAt(messages: ChatMessage[], index: number, message: ChatMessage): ChatMessage[] {
  const next = messages.slice();
  next[index] = message;
  return next;
}

function appendText(messages: ChatMessage[], cursor: ReplyCursor, text: string) {
  const current = messages[cursor.index];
  if (!cursor.acceptsDeltas || !current || typeof current.content !== 'string') {
    if (text === '') return {messages, cursor, outcome: {kind: 'continue', changed: false} as ChunkOutcome};
    return startTextReply(messages, text);
  }
  if (text === '') return {messages, cursor, outcome: {kind: 'continue', changed: false} as ChunkOutcome};
  return {
    messages: replaceAt(messages, cursor.index, {...current, content: current.content + text}),
    cursor,
    outcome: {kind: 'continue', changed: true} as ChunkOutcome,
  };
}

function replaceText(messages: ChatMessage[], cursor: ReplyCursor, text: string) {
  const current = messages[cursor.index];
  if (!current || typeof current.content !== 'string') return startTextReply(messages, text);
  return {
    messages: replaceAt(messages, cursor.index, {...current, content: text}),
    cursor,
    outcome: {kind: 'continue', changed: current.content !== text} as ChunkOutcome,
  };
}

function mergeMetadata(messages: ChatMessage[], cursor: ReplyCursor, metadata: object) {
  let current = messages[cursor.index];
  let base = {messages, cursor};
  if (!current) {
    base = startTextReply(messages, '');
    current = base.messages[base.cursor.index];
  }
  let merged: ChatMessage;
  try {
    merged = validateMessage({...current, metadata: {...current.metadata, ...metadata}}, 'metadata chunk');
  } catch (error) {
    return {...base, outcome: unreadable(error)};
  }
  return {
    messages: replaceAt(base.messages, base.cursor.index, merged),
    cursor: base.cursor,
    outcome: {kind: 'continue', changed: true} as ChunkOutcome,
  };
}

/**
 * A chunk that failed validation: the user is told the server's events were
 * not understood; what exactly was wrong goes to the console, for the
 * developer (validation wording means nothing to the person chatting).
 */
function unreadable(error: unknown): ChunkOutcome {
  console.warn(`chat-blocks: a chunk of the reply was not valid: ${(error as Error).message}`);
  return {kind: 'error', message: formatError().message, code: 'format'};
}

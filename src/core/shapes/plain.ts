import {errorText} from '../chunks.js';
import type {ChatChunk, ChatMessage, MessageMetadata} from '../types.js';
import {validateMessage} from '../validate.js';
import {isObject} from './values.js';

type Structured = Exclude<ChatChunk, string>;

/** A `message` field that is a whole chat message, as the contract defines it; anything else is not one. */
function messageOf(value: unknown): ChatMessage | undefined {
  if (typeof value === 'string') return {role: 'assistant', content: value};
  if (!isObject(value) || typeof value.role !== 'string' || !('content' in value)) return undefined;
  try {
    return validateMessage(value, 'message');
  } catch {
    return undefined;
  }
}

/**
 * The error an object reports, in the shapes servers use: `{error}` (a
 * string, or an object with a `message`), `{errorText}` (the AI SDK),
 * `{type: "error", message}` and `{event: "error", data|message}`. Undefined when it reports none.
 */
export function reportedError(json: Record<string, unknown>): string | undefined {
  const error = errorText(json.error);
  if (error !== undefined) return error;
  if (typeof json.errorText === 'string') return json.errorText;
  if (json.type === 'error' || json.event === 'error') {
    for (const value of [json.message, json.data, json.detail]) if (typeof value === 'string') return value;
    return '';
  }
  return undefined;
}

/**
 * The chunk shapes of the contract: `{delta}` and `{text}` (deep-chat's
 * format) append, `{content}` replaces, `{message}` is a whole message,
 * `{metadata}` merges, `{done: true}` ends, and an error shape (see
 * `reportedError`) fails the reply. An object discriminated by `type`,
 * `object` or `event` belongs to a protocol, not to these shapes: of those
 * only errors and `event: "done"`/`"end"` are read. Undefined when the
 * object is none of these.
 */
export function readPlain(json: Record<string, unknown>): Structured | undefined {
  const error = reportedError(json);
  if (error !== undefined) return {error};
  if (typeof json.type === 'string' || typeof json.object === 'string' || typeof json.event === 'string') {
    return json.event === 'done' || json.event === 'end' ? {done: true} : undefined;
  }
  const chunk: Structured = {};
  const message = messageOf(json.message);
  if (message) chunk.message = message;
  if (typeof json.content === 'string') chunk.content = json.content;
  if (typeof json.delta === 'string') chunk.delta = json.delta;
  else if (typeof json.text === 'string') chunk.delta = json.text;
  if (isObject(json.metadata)) chunk.metadata = json.metadata as MessageMetadata;
  if (json.done === true) chunk.done = true;
  return Object.keys(chunk).length > 0 ? chunk : undefined;
}

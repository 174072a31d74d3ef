import type {ChatChunk, ChatMessage, MessageMetadata} from './types.js';

type Structured = Exclude<ChatChunk, string>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns one chunk of a reply, as it came off the wire, into a `ChatChunk`.
 *
 * Data that starts with `{` or `"` and parses as JSON is structured (see the
 * contract's table of chunks); anything else is plain text to append.
 * `[DONE]` (OpenAI's end marker) ends the reply. Returns null when there is
 * nothing to do: empty text, or JSON of a shape nobody defined. Never throws,
 * whatever the server sends. Message and metadata objects are passed on as
 * they came; the session validates them.
 */
export function parseChunk(data: string): ChatChunk | null {
  if (data === '') return null;
  if (data === '[DONE]') return {done: true};
  if (data[0] !== '{' && data[0] !== '"') return data;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return data;
  }
  if (typeof json === 'string') return json === '' ? null : json;
  return isObject(json) ? fromObject(json) : null;
}

function fromObject(json: Record<string, unknown>): Structured | null {
  if (Array.isArray(json.choices)) return fromOpenAI(json.choices[0]);
  const chunk: Structured = {};
  if (typeof json.delta === 'string') chunk.delta = json.delta;
  if (typeof json.content === 'string') chunk.content = json.content;
  // A bare string message (`{"message": "hi"}`, common in simple JSON APIs) is the assistant's reply.
  if (isObject(json.message)) chunk.message = json.message as unknown as ChatMessage;
  else if (typeof json.message === 'string') chunk.message = {role: 'assistant', content: json.message};
  if (isObject(json.metadata)) chunk.metadata = json.metadata as MessageMetadata;
  const error = errorText(json.error);
  if (error !== undefined) chunk.error = error;
  if (json.done === true) chunk.done = true;
  return Object.keys(chunk).length > 0 ? chunk : null;
}

/**
 * An OpenAI Chat Completions chunk (`choices[0].delta.content`), or a whole
 * non-streamed completion (`choices[0].message.content`). A `finish_reason`
 * ends the reply.
 */
function fromOpenAI(choice: unknown): Structured | null {
  if (!isObject(choice)) return null;
  const chunk: Structured = {};
  if (isObject(choice.delta) && typeof choice.delta.content === 'string' && choice.delta.content !== '') {
    chunk.delta = choice.delta.content;
  } else if (isObject(choice.message) && typeof choice.message.content === 'string') {
    chunk.content = choice.message.content;
  }
  if (typeof choice.finish_reason === 'string' && choice.finish_reason !== '') chunk.done = true;
  return Object.keys(chunk).length > 0 ? chunk : null;
}

/**
 * The message of an `error` field: a string, or an object with a `message`
 * (OpenAI's shape). Any other truthy value still fails the reply, with an
 * empty message the UI words for itself.
 */
export function errorText(error: unknown): string | undefined {
  if (error === undefined || error === null || error === false) return undefined;
  if (typeof error === 'string') return error;
  if (isObject(error) && typeof error.message === 'string') return error.message;
  return '';
}

/** Longest error text taken from a server; the rest of a long body is noise to a user. */
const maxErrorLength = 500;

/**
 * The reason a server gave for a failure, from an error event's data or an
 * HTTP error body: its `error` (a string, or an object with a `message`),
 * `detail` (FastAPI's field, a string or a list of `{msg}`) or `message`,
 * else the text itself. Trimmed and capped; '' when there is no reason.
 */
export function errorMessageOf(text: string): string {
  let reason = text;
  if (text[0] === '{' || text[0] === '"') {
    try {
      reason = reasonOf(JSON.parse(text)) ?? '';
    } catch {
      // Not JSON after all: the text is the reason.
    }
  }
  reason = reason.trim();
  return reason.length > maxErrorLength ? `${reason.slice(0, maxErrorLength - 1)}…` : reason;
}

function reasonOf(json: unknown): string | undefined {
  if (typeof json === 'string') return json;
  if (!isObject(json)) return undefined;
  const error = errorText(json.error);
  if (error) return error;
  if (typeof json.detail === 'string') return json.detail;
  if (Array.isArray(json.detail)) {
    const details = json.detail.map((item) => (isObject(item) && typeof item.msg === 'string' ? item.msg : ''));
    if (details.some(Boolean)) return details.filter(Boolean).join('; ');
  }
  if (typeof json.message === 'string') return json.message;
  return undefined;
}

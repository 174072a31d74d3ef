import type {ChatMessage, FileData, MessageMetadata, MessageOption} from './types.js';
import {isObject} from './is-object.js';

const roles = new Set(['user', 'assistant', 'system']);
const statuses = new Set(['pending', 'done']);

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/**
 * Checks one file and returns a clean copy; `path` (Gradio's name) becomes
 * `url`. Throws a TypeError whose message starts with `where`.
 */
export function validateFileData(value: unknown, where: string): FileData {
  if (!isObject(value)) throw new TypeError(`${where}: a file must be an object with a url`);
  const url = value.url ?? value.path;
  if (typeof url !== 'string' || url === '') throw new TypeError(`${where}: a file needs a url (or path) string`);
  for (const key of ['mime_type', 'alt_text', 'name'] as const) {
    if (!optionalString(value[key]) && value[key] !== null) throw new TypeError(`${where}.${key} must be a string`);
  }
  if (value.size !== undefined && value.size !== null && typeof value.size !== 'number') {
    throw new TypeError(`${where}.size must be a number`);
  }
  const file: FileData = {url};
  if (typeof value.mime_type === 'string') file.mime_type = value.mime_type;
  if (typeof value.alt_text === 'string') file.alt_text = value.alt_text;
  if (typeof value.name === 'string') file.name = value.name;
  if (typeof value.size === 'number') file.size = value.size;
  return file;
}

function validateMetadata(value: unknown, where: string): MessageMetadata {
  if (!isObject(value)) throw new TypeError(`${where}: metadata must be an object`);
  const metadata: MessageMetadata = {};
  for (const key of ['title', 'id', 'parent_id', 'log'] as const) {
    if (value[key] === undefined || value[key] === null) continue;
    if (typeof value[key] !== 'string') throw new TypeError(`${where}.${key} must be a string`);
    metadata[key] = value[key] as string;
  }
  if (value.status !== undefined && value.status !== null) {
    if (!statuses.has(value.status as string)) throw new TypeError(`${where}.status must be "pending" or "done"`);
    metadata.status = value.status as 'pending' | 'done';
  }
  if (value.duration !== undefined && value.duration !== null) {
    if (typeof value.duration !== 'number') throw new TypeError(`${where}.duration must be a number`);
    metadata.duration = value.duration;
  }
  return metadata;
}

function validateOptions(value: unknown, where: string): MessageOption[] {
  if (!Array.isArray(value)) throw new TypeError(`${where}: options must be a list`);
  return value.map((option, i) => {
    if (!isObject(option) || typeof option.value !== 'string') {
      throw new TypeError(`${where}[${i}]: an option needs a string value`);
    }
    if (!optionalString(option.label)) throw new TypeError(`${where}[${i}].label must be a string`);
    return option.label === undefined ? {value: option.value} : {value: option.value, label: option.label};
  });
}

/** Checks one message and returns a clean copy (unknown fields are dropped). */
export function validateMessage(value: unknown, where = 'message'): ChatMessage {
  if (!isObject(value)) throw new TypeError(`${where} must be an object with role and content`);
  if (!roles.has(value.role as string)) {
    throw new TypeError(`${where}.role must be "user", "assistant" or "system" (got ${JSON.stringify(value.role) ?? 'nothing'})`);
  }
  const content = typeof value.content === 'string' ? value.content : validateFileData(value.content, `${where}.content`);
  const message: ChatMessage = {role: value.role as ChatMessage['role'], content};
  if (value.metadata !== undefined && value.metadata !== null) {
    message.metadata = validateMetadata(value.metadata, `${where}.metadata`);
  }
  if (value.options !== undefined && value.options !== null) {
    message.options = validateOptions(value.options, `${where}.options`);
  }
  if (value.liked !== undefined) {
    if (value.liked !== null && typeof value.liked !== 'boolean') throw new TypeError(`${where}.liked must be true, false or null`);
    message.liked = value.liked;
  }
  if (value.error !== undefined && value.error !== null) {
    if (typeof value.error !== 'string') throw new TypeError(`${where}.error must be a string`);
    message.error = value.error;
  }
  return message;
}

/**
 * Checks a whole history. Throws a TypeError naming the first bad entry
 * (`messages[2].role must be …`); the caller changes nothing then.
 */
export function validateMessages(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) throw new TypeError('messages must be a list of messages');
  return value.map((entry, index) => validateMessage(entry, `messages[${index}]`));
}

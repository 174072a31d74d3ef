import type {ChatMessage, FileData} from '../types.js';

/** A content part of a Chat Completions message. */
export type OpenAIPart = {type: 'text'; text: string} | {type: 'image_url'; image_url: {url: string}};

export interface OpenAIMessage {
  role: 'system' | 'user' | 'assistant';
  content: string | OpenAIPart[];
}

const imageExtension = /\.(png|jpe?g|gif|webp|bmp|avif)(?:[?#]|$)/i;

export function isImage(file: FileData): boolean {
  if (file.mime_type) return file.mime_type.startsWith('image/');
  return file.url.startsWith('data:image/') || imageExtension.test(file.url);
}

/** An absolute URL: the model's server cannot resolve a path relative to this page. */
export function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return url;
  }
}

/** What a model is told of a file it cannot see: `[file: name (type)]`. */
export function fileNote(file: FileData): string {
  const name = file.name ?? file.url.split(/[?#]/)[0].split('/').pop() ?? 'file';
  return `[file: ${name.startsWith('data:') ? 'file' : name}${file.mime_type ? ` (${file.mime_type})` : ''}]`;
}

/**
 * The history as Chat Completions messages. What is not part of the
 * conversation is left out: thought messages (with `metadata.title`) and
 * empty messages (a failed reply that had no text yet). Consecutive messages of one role are
 * joined (a submission is several messages: its files, then its text), so
 * roles alternate as strict servers require. User images become
 * `image_url` parts beside the text; other files, and files in assistant
 * replies, become a short text note.
 */
export function toOpenAIMessages(messages: readonly ChatMessage[]): OpenAIMessage[] {
  const result: Array<{role: OpenAIMessage['role']; parts: OpenAIPart[]}> = [];
  for (const message of messages) {
    if (message.metadata?.title) continue;
    if (message.content === '') continue;
    const part: OpenAIPart =
      typeof message.content === 'string'
        ? {type: 'text', text: message.content}
        : message.role === 'user' && isImage(message.content)
          ? {type: 'image_url', image_url: {url: absolute(message.content.url)}}
          : {type: 'text', text: fileNote(message.content)};
    const last = result[result.length - 1];
    if (last && last.role === message.role) last.parts.push(part);
    else result.push({role: message.role, parts: [part]});
  }
  return result.map(({role, parts}) => ({
    role,
    // Plain text stays a string, which every OpenAI-compatible server takes.
    content: parts.every((part) => part.type === 'text') ? parts.map((part) => (part as {text: string}).text).join('\n\n') : parts,
  }));
}

import type {ChatChunk, ChatMessage, FileData} from '../types.js';
import {isObject} from '../is-object.js';

type Dict = Record<string, unknown>;

/** One message of the reply, as read from a Gradio output. */
type ReplyMessage = Pick<ChatMessage, 'content' | 'metadata' | 'options'>;

/**
 * Follows the outputs of one Gradio job. A Gradio generator yields the
 * whole reply so far on every step, so each `generating` event repeats what
 * came before; the returned function turns each event's output list into
 * the chunks that bring the reply up to date:
 * - a string output is the text of the reply: `{content}`;
 * - a message dict is one reply message (its content, metadata, options);
 * - a list of messages (the Chatbot value, or a ChatInterface's list of
 *   ChatMessages) holds the reply's messages after its last user message;
 *   the first of them that is plain text is written with `{content}`, every
 *   other new one arrives as `{message}`, and the last one is kept up to date
 *   with `{content}` and `{metadata}`. (Messages before the last cannot change
 *   any more once a later one has started.)
 * File outputs (`{path, url, …}`) become FileData, with URLs on the app.
 */
export function followOutputs(app: string): (outputs: unknown) => ChatChunk[] {
  const shown: Array<{content: string; metadata: string}> = [];
  return (outputs) => {
    const messages = replyMessages(pickOutput(outputs), app);
    const chunks: ChatChunk[] = [];
    messages.forEach((message, index) => {
      const seen = {content: JSON.stringify(message.content), metadata: JSON.stringify(message.metadata ?? {})};
      if (index < shown.length - 1) return;
      if (index === shown.length - 1) {
        const last = shown[index];
        if (seen.content !== last.content && typeof message.content === 'string') chunks.push({content: message.content});
        if (seen.metadata !== last.metadata && message.metadata) chunks.push({metadata: message.metadata});
      } else if (shown.length === 0 && typeof message.content === 'string' && !message.metadata && !message.options) {
        chunks.push({content: message.content});
      } else {
        chunks.push({message: {role: 'assistant', ...message}});
      }
      shown[index] = seen;
    });
    return chunks;
  };
}

/**
 * The output that holds the reply: the first one that says something (a
 * text, a message, a list of messages). Apps often return `("", history)`,
 * clearing their textbox with the first output.
 */
function pickOutput(outputs: unknown): unknown {
  if (!Array.isArray(outputs)) return outputs;
  return outputs.find(
    (output) => (typeof output === 'string' && output !== '') || isObject(output) || (Array.isArray(output) && output.length > 0),
  );
}

function replyMessages(output: unknown, app: string): ReplyMessage[] {
  if (typeof output === 'string') return [{content: output}];
  if (isObject(output)) return 'content' in output ? [messageOf(output, app)] : isFile(output) ? [{content: fileOf(output, app)}] : [];
  if (!Array.isArray(output) || output.length === 0) return [];
  // Gradio's old "tuples" format: [[user, bot], …]; the reply is the last bot value.
  if (output.every(Array.isArray)) {
    const bot: unknown = (output[output.length - 1] as unknown[])[1];
    return bot === null || bot === undefined ? [] : replyMessages(bot, app);
  }
  const lastUser = output.findLastIndex((item) => isObject(item) && item.role === 'user');
  return output
    .slice(lastUser + 1)
    .filter((item): item is Dict => isObject(item) && 'content' in item && item.role !== 'user' && item.role !== 'system')
    .map((item) => messageOf(item, app));
}

function messageOf(value: Dict, app: string): ReplyMessage {
  const message: ReplyMessage = {content: contentOf(value.content, app)};
  if (isObject(value.metadata) && Object.values(value.metadata).some((field) => field !== null && field !== undefined)) {
    message.metadata = value.metadata as ReplyMessage['metadata'];
  }
  if (Array.isArray(value.options) && value.options.length > 0) message.options = value.options as ReplyMessage['options'];
  return message;
}

/**
 * A message's content in any of Gradio's shapes: a string; a file
 * (`{path, url}`, or `{file, alt_text}`); a component (`{component, value}`);
 * or a list of parts (`{type: "text", text}`, `{type: "file", file}`).
 */
function contentOf(content: unknown, app: string): string | FileData {
  if (typeof content === 'string') return content;
  if (isObject(content)) {
    if (isObject(content.file)) return fileOf(content.file, app, content.alt_text);
    if (isObject(content.value) && isFile(content.value)) return fileOf(content.value, app);
    if (isFile(content)) return fileOf(content, app);
    return '';
  }
  if (Array.isArray(content)) {
    const parts = content.map((part) => contentOf(isObject(part) && part.type === 'text' ? part.text : part, app));
    const texts = parts.filter((part): part is string => typeof part === 'string' && part !== '');
    const file = parts.find((part): part is FileData => typeof part !== 'string');
    return texts.length === 0 && file ? file : texts.join('\n');
  }
  return '';
}

const isFile = (value: Dict) => typeof value.url === 'string' || typeof value.path === 'string';

/** Gradio's FileData as ours; a bare server path is served by the app at `/gradio_api/file=`. */
function fileOf(value: Dict, app: string, altText?: unknown): FileData {
  const path = typeof value.path === 'string' ? value.path : '';
  const url =
    typeof value.url === 'string' && value.url ? value.url : /^(https?:|data:|blob:)/.test(path) ? path : `${app}/gradio_api/file=${path}`;
  const file: FileData = {url};
  if (typeof value.orig_name === 'string') file.name = value.orig_name;
  if (typeof value.mime_type === 'string') file.mime_type = value.mime_type;
  if (typeof value.size === 'number') file.size = value.size;
  if (typeof altText === 'string') file.alt_text = altText;
  return file;
}

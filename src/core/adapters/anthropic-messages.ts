import type {ChatMessage} from '../types.js';
import {toOpenAIMessages} from './openai-messages.js';

type AnthropicBlock =
  {type: 'text'; text: string} | {type: 'image'; source: {type: 'base64'; media_type: string; data: string} | {type: 'url'; url: string}};

export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: string | AnthropicBlock[];
}

/** An image as the Messages API takes it: inline base64 from a `data:` URL, else by URL. */
function imageBlock(url: string): AnthropicBlock {
  const inline = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (inline) return {type: 'image', source: {type: 'base64', media_type: inline[1], data: inline[2]}};
  return {type: 'image', source: {type: 'url', url}};
}

/**
 * The history as the Messages API takes it: system messages become the
 * top-level `system` text, the rest alternate user and assistant (as in
 * `toOpenAIMessages`), with user images as `image` blocks. The API requires
 * the first message to be the user's, so a leading assistant greeting is left out.
 */
export function toAnthropicRequest(history: readonly ChatMessage[]): {system?: string; messages: AnthropicMessage[]} {
  const system: string[] = [];
  const messages: AnthropicMessage[] = [];
  for (const message of toOpenAIMessages(history)) {
    if (message.role === 'system') {
      system.push(
        typeof message.content === 'string'
          ? message.content
          : message.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n\n'),
      );
      continue;
    }
    if (messages.length === 0 && message.role === 'assistant') continue;
    const content =
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part): AnthropicBlock => (part.type === 'text' ? part : imageBlock(part.image_url.url)));
    messages.push({role: message.role, content});
  }
  return system.length ? {system: system.join('\n\n'), messages} : {messages};
}

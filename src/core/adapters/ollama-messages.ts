import type {ChatMessage} from '../types.js';
import {toOpenAIMessages} from './openai-messages.js';

export interface OllamaMessage {
  role: ChatMessage['role'];
  content: string;
  /** Base64 images, without a `data:` prefix. */
  images?: string[];
}

/**
 * The history as Ollama's native `/api/chat` takes it: text content, and
 * user images as base64 in `images` (Ollama cannot fetch a URL: an image
 * that is not inline becomes a text note with its URL).
 */
export function toOllamaMessages(history: readonly ChatMessage[]): OllamaMessage[] {
  return toOpenAIMessages(history).map((message) => {
    if (typeof message.content === 'string') return {role: message.role, content: message.content};
    const texts: string[] = [];
    const images: string[] = [];
    for (const part of message.content) {
      if (part.type === 'text') texts.push(part.text);
      else {
        const inline = /^data:[^;,]+;base64,(.*)$/s.exec(part.image_url.url);
        if (inline) images.push(inline[1]);
        else texts.push(`[image: ${part.image_url.url}]`);
      }
    }
    return images.length ? {role: message.role, content: texts.join('\n\n'), images} : {role: message.role, content: texts.join('\n\n')};
  });
}

import type {ChatMessage} from '../types.js';
import {absolute} from './openai-messages.js';

/** A part of a UI message, as the AI SDK's `useChat` sends it. */
export type UIMessagePart = {type: 'text'; text: string} | {type: 'file'; mediaType: string; url: string; filename?: string};

/** A message as the AI SDK's `useChat` sends it (`UIMessage`). */
export interface UIMessage {
  id: string;
  role: ChatMessage['role'];
  parts: UIMessagePart[];
}

/**
 * The history as the AI SDK's UI messages, so a route written for `useChat`
 * (`convertToModelMessages(messages)`) takes it unchanged. Consecutive
 * messages of one role are one UI message (a submission's files, then its
 * text), files become `file` parts with absolute URLs, and what is not part
 * of the conversation (thoughts, empty failed replies) is left out.
 */
export function toUIMessages(messages: readonly ChatMessage[]): UIMessage[] {
  const result: UIMessage[] = [];
  messages.forEach((message, index) => {
    if (message.metadata?.title || message.content === '') return;
    const part: UIMessagePart =
      typeof message.content === 'string'
        ? {type: 'text', text: message.content}
        : {
            type: 'file',
            mediaType: message.content.mime_type || 'application/octet-stream',
            url: absolute(message.content.url),
            ...(message.content.name ? {filename: message.content.name} : {}),
          };
    const last = result[result.length - 1];
    if (last && last.role === message.role) last.parts.push(part);
    else result.push({id: `message-${index}`, role: message.role, parts: [part]});
  });
  return result;
}

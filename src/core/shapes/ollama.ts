import type {ChatChunk} from '../types.js';
import {thinkingTitle} from './thinking-title.js';
import type {ThoughtWriter} from './thought.js';
import {isObject} from './values.js';

/**
 * True for a line of Ollama's native API: `/api/chat`
 * (`{model, created_at, message: {role, content, thinking?}, done}`) or
 * `/api/generate` (`{model, created_at, response, thinking?, done}`).
 */
export function isOllamaLine(json: Record<string, unknown>): boolean {
  if (typeof json.done !== 'boolean' || typeof json.model !== 'string') return false;
  return (isObject(json.message) && typeof json.message.role === 'string') || typeof json.response === 'string';
}

/**
 * Reads Ollama's native stream: `content` (or `response`) is the answer,
 * `thinking` is a "Thinking" thought, `done: true` ends the reply. Every
 * line is a piece of the one reply, never a message of its own.
 */
export function readOllamaLine(json: Record<string, unknown>, thoughts: ThoughtWriter): ChatChunk[] {
  const source = isObject(json.message) ? json.message : json;
  const chunks: ChatChunk[] = [];
  if (typeof source.thinking === 'string' && source.thinking) chunks.push(...thoughts.append('thinking', thinkingTitle, source.thinking));
  const text = isObject(json.message) ? json.message.content : json.response;
  if (typeof text === 'string') chunks.push(...thoughts.answer(text));
  if (json.done === true) chunks.push(...thoughts.end(), {done: true});
  return chunks;
}

import type {ChatChunk} from '../types.js';
import {thinkingTitle} from './thinking-title.js';
import type {ThoughtWriter} from './thought.js';
import {isObject} from './values.js';

/** True for a Chat Completions chunk, or a whole completion: a `choices` list. */
export function isCompletion(json: Record<string, unknown>): boolean {
  return (
    Array.isArray(json.choices) &&
    (json.object === undefined || (typeof json.object === 'string' && json.object.startsWith('chat.completion')))
  );
}

const firstText = (...values: unknown[]): string =>
  (values.find((value) => typeof value === 'string' && value !== '') as string | undefined) ?? '';

/**
 * Reads an OpenAI Chat Completions chunk (`choices[0].delta`) or a whole
 * completion (`choices[0].message`): `content` (or a `refusal`) is the
 * answer; `reasoning_content` (vLLM, DeepSeek) or `reasoning` (Ollama) is a
 * "Thinking" thought before it; a `finish_reason` ends the reply.
 */
export function readCompletion(json: Record<string, unknown>, thoughts: ThoughtWriter): ChatChunk[] {
  const choice = (json.choices as unknown[])[0];
  if (!isObject(choice)) return [];
  const delta = isObject(choice.delta) ? choice.delta : isObject(choice.message) ? choice.message : {};
  const chunks: ChatChunk[] = [];
  const reasoning = firstText(delta.reasoning_content, delta.reasoning);
  if (reasoning) chunks.push(...thoughts.append('reasoning', thinkingTitle, reasoning));
  chunks.push(...thoughts.answer(firstText(delta.content, delta.refusal)));
  if (typeof choice.finish_reason === 'string' && choice.finish_reason !== '') chunks.push(...thoughts.end(), {done: true});
  return chunks;
}

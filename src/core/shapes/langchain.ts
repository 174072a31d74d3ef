import type {ChatChunk} from '../types.js';
import {thinkingTitle} from './thinking-title.js';
import type {ThoughtWriter} from './thought.js';
import {isObject} from './values.js';

/** Fields only a LangChain message (chunk) has beside its `content`. */
const messageFields = ['additional_kwargs', 'response_metadata', 'tool_call_chunks', 'usage_metadata'];

/**
 * The fields of a LangChain AI message chunk, in any of its serializations,
 * or undefined for anything else:
 * - `JSON.stringify(chunk)` in LangChain.js: `{lc: 1, type: "constructor", id: [..., "AIMessageChunk"], kwargs}`;
 * - `chunk.toDict()`: `{type: "ai", data}`;
 * - the message itself (LangServe, Python's `model_dump()`): `{content, type: "AIMessageChunk", additional_kwargs, …}`.
 */
export function langchainMessage(json: Record<string, unknown>): Record<string, unknown> | undefined {
  if (json.lc === 1 && json.type === 'constructor' && Array.isArray(json.id) && isObject(json.kwargs)) {
    const name = json.id[json.id.length - 1];
    return typeof name === 'string' && /^AIMessage(Chunk)?$/.test(name) ? json.kwargs : undefined;
  }
  if (json.type === 'ai' && isObject(json.data) && 'content' in json.data) return json.data;
  if (!('content' in json)) return undefined;
  if (json.type === 'AIMessageChunk' || json.type === 'AIMessage' || json.type === 'ai') return json;
  if (json.type === undefined && messageFields.some((field) => field in json)) return json;
  return undefined;
}

/**
 * Reads one LangChain message chunk: its `content` is a piece of the answer
 * (a string, or a list of content blocks whose `text` blocks are text and
 * whose `reasoning` / `thinking` blocks are a "Thinking" thought);
 * `additional_kwargs.reasoning_content` is reasoning too.
 */
export function readLangchainMessage(message: Record<string, unknown>, thoughts: ThoughtWriter): ChatChunk[] {
  const chunks: ChatChunk[] = [];
  const extra = isObject(message.additional_kwargs) ? message.additional_kwargs : {};
  if (typeof extra.reasoning_content === 'string' && extra.reasoning_content) {
    chunks.push(...thoughts.append('reasoning', thinkingTitle, extra.reasoning_content));
  }
  const blocks = typeof message.content === 'string' ? [message.content] : Array.isArray(message.content) ? message.content : [];
  for (const block of blocks) {
    if (typeof block === 'string') chunks.push(...thoughts.answer(block));
    else if (!isObject(block)) continue;
    else if (block.type === 'text' && typeof block.text === 'string') chunks.push(...thoughts.answer(block.text));
    else {
      const reasoning = block.type === 'reasoning' ? block.reasoning : block.type === 'thinking' ? block.thinking : undefined;
      if (typeof reasoning === 'string' && reasoning) chunks.push(...thoughts.append('reasoning', thinkingTitle, reasoning));
    }
  }
  return chunks;
}

import type {ChatChunk} from '../types.js';
import {thinkingTitle} from './thinking-title.js';
import type {ThoughtWriter} from './thought.js';
import {isObject, isText} from './values.js';

/** The event types of the Anthropic Messages API stream. */
const eventTypes = new Set([
  'message_start',
  'message_delta',
  'message_stop',
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
  'ping',
  'error',
]);

/** True for an event of the Messages API stream (`error` only in its own shape, `{type, error: {message}}`). */
export function isAnthropicEvent(json: Record<string, unknown>): boolean {
  if (json.type === 'error') return isObject(json.error);
  return typeof json.type === 'string' && eventTypes.has(json.type);
}

/**
 * Reads the Anthropic Messages API stream: `text_delta`s are the answer,
 * a `thinking` block is a "Thinking" thought, a `tool_use` block a thought
 * titled with the tool's name holding its input; `message_stop` ends the
 * reply and an `error` event fails it with `error.message`.
 */
export class AnthropicReader {
  /** The type of each content block, by index. */
  private readonly blocks = new Map<unknown, {type: string; name: string; json: string}>();

  constructor(private readonly thoughts: ThoughtWriter) {}

  read(json: Record<string, unknown>): ChatChunk[] {
    switch (json.type) {
      case 'content_block_start':
        return this.start(json.index, isObject(json.content_block) ? json.content_block : {});
      case 'content_block_delta':
        return this.delta(json.index, isObject(json.delta) ? json.delta : {});
      case 'content_block_stop': {
        const type = this.blocks.get(json.index)?.type;
        return type === 'thinking' || type === 'tool_use' ? this.thoughts.end() : [];
      }
      case 'message_stop':
        return [...this.thoughts.end(), {done: true}];
      case 'error': {
        const error = isObject(json.error) ? json.error : {};
        return [{error: typeof error.message === 'string' ? error.message : ''}];
      }
      default:
        return [];
    }
  }

  private start(index: unknown, block: Record<string, unknown>): ChatChunk[] {
    const type = typeof block.type === 'string' ? block.type : '';
    const name = isText(block.name) ? block.name : 'tool';
    this.blocks.set(index, {type, name, json: ''});
    if (type === 'thinking') return this.thoughts.append(`block:${index}`, thinkingTitle, isText(block.thinking) ? block.thinking : '');
    if (type === 'tool_use') return this.thoughts.append(`block:${index}`, name, '');
    if (type === 'text') return this.thoughts.answer(isText(block.text) ? block.text : '');
    return [];
  }

  private delta(index: unknown, delta: Record<string, unknown>): ChatChunk[] {
    const block = this.blocks.get(index);
    switch (delta.type) {
      case 'text_delta':
        return this.thoughts.answer(typeof delta.text === 'string' ? delta.text : '');
      case 'thinking_delta':
        return this.thoughts.append(`block:${index}`, thinkingTitle, typeof delta.thinking === 'string' ? delta.thinking : '');
      case 'input_json_delta': {
        if (!block || typeof delta.partial_json !== 'string') return [];
        block.json += delta.partial_json;
        return this.thoughts.replace(`block:${index}`, block.name, '```json\n' + block.json + '\n```');
      }
      default:
        return [];
    }
  }
}

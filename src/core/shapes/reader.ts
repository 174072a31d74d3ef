import type {ChatChunk} from '../types.js';
import {EventReader} from './event-reader.js';
import {ProtocolShapes} from './protocol-shapes.js';

export type {ShapeOptions} from './event-reader.js';
import type {ShapeOptions} from './event-reader.js';

/**
 * Reads the events of one reply (SSE `data`, NDJSON lines, a JSON body)
 * into chat chunks, by the shape of each: the AI SDK's UI message stream,
 * Anthropic's Messages stream, OpenAI completion chunks, Ollama's native
 * lines, LangChain message chunks, and the contract's own chunks, in that
 * order, after the `text-field` path if one is set. Data that is not JSON
 * is text. An object of no known shape is skipped; if the reply ends having
 * understood none of its events, `end()` throws a ChatError with code
 * `format` (and warns once in the console with the first event's keys),
 * rather than let it pass for an empty reply. One reader per reply: it
 * keeps the state of thoughts and tool calls between events.
 */
export class ChunkReader extends EventReader {
  constructor(options: ShapeOptions = {}) {
    super(new ProtocolShapes(options));
  }

  /** The chunks of one event's data; `event` is its SSE event name, if any. */
  override read(data: string, event?: string): ChatChunk[] {
    // Every shape is here: no event waits for more of them.
    return super.read(data, event) as ChatChunk[];
  }
}

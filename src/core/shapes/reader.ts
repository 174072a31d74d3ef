import {errorMessageOf} from '../chunks.js';
import {formatError} from '../errors.js';
import type {ChatChunk} from '../types.js';
import {AiSdkReader, isAiSdkChunk} from './ai-sdk.js';
import {AnthropicReader, isAnthropicEvent} from './anthropic.js';
import {langchainMessage, readLangchainMessage} from './langchain.js';
import {isOllamaLine, readOllamaLine} from './ollama.js';
import {isCompletion, readCompletion} from './openai.js';
import {readPlain} from './plain.js';
import {valueAt} from './text-field.js';
import {ThoughtWriter} from './thought.js';
import {isObject} from './values.js';

/** How a reply's JSON is read beyond the shapes the widget knows (the `text-field` and `text-mode` attributes). */
export interface ShapeOptions {
  /** Dot path of the field that holds the text, for a JSON shape the widget does not know. */
  textField?: string;
  /** Whether `textField` holds a piece of the text (`append`, the default) or the whole text so far. */
  textMode?: 'append' | 'replace';
}

/** SSE event names that only keep a connection alive. */
const heartbeats = new Set(['heartbeat', 'ping']);

/** Where the README explains how to connect a backend of any shape. */
const shapesHelp = 'the README of chat-blocks, section "Any JSON shape: text-field and text-mode"';

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
export class ChunkReader {
  private readonly thoughts = new ThoughtWriter();
  private readonly aiSdk = new AiSdkReader(this.thoughts);
  private readonly anthropic = new AnthropicReader(this.thoughts);
  private understood = false;
  private firstUnknown?: string;

  constructor(private readonly options: ShapeOptions = {}) {}

  /** The chunks of one event's data; `event` is its SSE event name, if any. */
  read(data: string, event?: string): ChatChunk[] {
    if (event === 'done' || event === 'end') return this.ended([{done: true}]);
    if (event === 'error') return this.understand([{error: errorMessageOf(data)}]);
    if (event !== undefined && heartbeats.has(event)) return [];
    const trimmed = data.trim();
    if (trimmed === '') return [];
    if (trimmed === '[DONE]') return this.ended([...this.leftOver(), {done: true}]);
    if (data[0] !== '{' && data[0] !== '"') return this.understand([data]);
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return this.understand([data]);
    }
    if (typeof json === 'string') return this.understand(json === '' ? [] : [json]);
    const chunks = isObject(json) ? this.readObject(json) : undefined;
    // `{"done": true}` alone says nothing of the shape of the other events.
    if (chunks && chunks.length === 1 && typeof chunks[0] === 'object' && Object.keys(chunks[0]).join() === 'done')
      return this.ended(chunks);
    if (chunks) return this.understand(chunks);
    this.firstUnknown ??= isObject(json) ? `{${Object.keys(json).slice(0, 12).join(', ')}}` : JSON.stringify(json).slice(0, 40);
    return [];
  }

  /** What is left when the reply ends; throws when no event was understood. */
  end(): ChatChunk[] {
    this.failIfNotUnderstood();
    return this.leftOver();
  }

  /** What is still open when a reply ends: a thought to mark done, sources to list. */
  private leftOver(): ChatChunk[] {
    return [...this.thoughts.end(), ...this.aiSdk.end()];
  }

  /** An end marker: the reply ends here, and must have been understood. */
  private ended(chunks: ChatChunk[]): ChatChunk[] {
    this.failIfNotUnderstood();
    return chunks;
  }

  private failIfNotUnderstood(): void {
    if (!this.understood && this.firstUnknown !== undefined) {
      console.warn(
        `chat-blocks: the server's events were not in a format this chat understands. The first event had the keys ${this.firstUnknown}. ` +
          `Name the field that holds the text with the text-field attribute: see ${shapesHelp}`,
      );
      throw formatError();
    }
  }

  private readObject(json: Record<string, unknown>): ChatChunk[] | undefined {
    const {textField, textMode} = this.options;
    if (textField) {
      const text = valueAt(json, textField);
      if (typeof text === 'string') {
        const chunk = textMode === 'replace' ? {content: text} : {delta: text};
        return json.done === true ? [chunk, {done: true}] : [chunk];
      }
    }
    if (isAiSdkChunk(json)) return this.aiSdk.read(json);
    if (isAnthropicEvent(json)) return this.anthropic.read(json);
    if (isCompletion(json) && (json.error === undefined || json.error === null)) return readCompletion(json, this.thoughts);
    if (isOllamaLine(json)) return readOllamaLine(json, this.thoughts);
    const message = langchainMessage(json);
    if (message) return readLangchainMessage(message, this.thoughts);
    const plain = readPlain(json);
    return plain ? [plain] : undefined;
  }

  private understand(chunks: ChatChunk[]): ChatChunk[] {
    this.understood = true;
    return chunks;
  }
}

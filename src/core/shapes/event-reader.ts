import {errorMessageOf} from '../chunks.js';
import {formatError} from '../errors.js';
import type {ChatChunk} from '../types.js';
import {isObject} from './values.js';

/** How a reply's JSON is read beyond the shapes the widget knows (the `text-field` and `text-mode` attributes). */
export interface ShapeOptions {
  /** Dot path of the field that holds the text, for a JSON shape the widget does not know. */
  textField?: string;
  /** Whether `textField` holds a piece of the text (`append`, the default) or the whole text so far. */
  textMode?: 'append' | 'replace';
}

/**
 * What a set of shapes answers for a JSON object it cannot read before the
 * others have loaded (see ContractShapes, reply-reader.ts): the event is
 * read again then.
 */
export const needsShapes = Symbol('needs shapes');

/** The JSON objects of a reply, read by their shapes; one per reply (it may keep state between events). */
export interface ObjectShapes {
  /** The chunks of one object; undefined when it has no shape these know. */
  read(json: Record<string, unknown>): ChatChunk[] | undefined | typeof needsShapes;
  /** What is still open when the reply ends: a thought to mark done, sources to list. */
  end(): ChatChunk[];
}

/** SSE event names that only keep a connection alive. */
const heartbeats = new Set(['heartbeat', 'ping']);

/** Where the README explains how to connect a backend of any shape. */
const shapesHelp = 'the README of chat-blocks, section "Any JSON shape: text-field and text-mode"';

/**
 * Reads the events of one reply (SSE `data`, NDJSON lines, a JSON body)
 * into chat chunks: end markers, errors and heartbeats by their SSE event
 * name, `[DONE]`, text that is not JSON, and JSON objects by `shapes`. An
 * object of no known shape is skipped; if the reply ends having understood
 * none of its events, `end()` throws a ChatError with code `format` (and
 * warns once in the console with the first event's keys), rather than let
 * it pass for an empty reply.
 */
export class EventReader {
  private understood = false;
  private firstUnknown?: string;

  constructor(protected shapes: ObjectShapes) {}

  /** The chunks of one event's data; `event` is its SSE event name, if any. */
  read(data: string, event?: string): ChatChunk[] | typeof needsShapes {
    if (event === 'done' || event === 'end') return this.ended([{done: true}]);
    if (event === 'error') return this.understand([{error: errorMessageOf(data)}]);
    if (event !== undefined && heartbeats.has(event)) return [];
    const trimmed = data.trim();
    if (trimmed === '') return [];
    if (trimmed === '[DONE]') return this.ended([...this.shapes.end(), {done: true}]);
    if (data[0] !== '{' && data[0] !== '"') return this.understand([data]);
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return this.understand([data]);
    }
    if (typeof json === 'string') return this.understand(json === '' ? [] : [json]);
    const chunks = isObject(json) ? this.shapes.read(json) : undefined;
    if (chunks === needsShapes) return chunks;
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
    return this.shapes.end();
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

  private understand(chunks: ChatChunk[]): ChatChunk[] {
    this.understood = true;
    return chunks;
  }
}

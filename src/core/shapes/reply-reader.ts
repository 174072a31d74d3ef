import {ChatError} from '../errors.js';
import {loadOnce} from '../load-once.js';
import type {ChatChunk} from '../types.js';
import {EventReader, needsShapes, type ObjectShapes, type ShapeOptions} from './event-reader.js';
import {readPlain} from './plain.js';

/** The protocols' shapes (AI SDK, Anthropic, OpenAI, Ollama, LangChain): loaded by the first reply that uses one. */
const protocols = loadOnce(() => import('./protocol-shapes.js'));

/** The keys of the contract's own chunks (plain.ts): no protocol reads an object that has only these. */
const contractKeys = new Set(['delta', 'text', 'content', 'message', 'metadata', 'done', 'error', 'errorText']);

/**
 * The contract's own chunks (`{delta}`, `{content}`, `{done: true}`, …), the
 * shape of most replies to the widget. Any other object (or any object at
 * all, with a `text-field` path) needs the other shapes.
 */
class ContractShapes implements ObjectShapes {
  constructor(private readonly options: ShapeOptions) {}

  read(json: Record<string, unknown>): ChatChunk[] | undefined | typeof needsShapes {
    if (this.options.textField !== undefined || !Object.keys(json).every((key) => contractKeys.has(key))) return needsShapes;
    const plain = readPlain(json);
    return plain ? [plain] : undefined;
  }

  end(): ChatChunk[] {
    return [];
  }
}

/**
 * Reads a reply as a `ChunkReader` (reader.ts) does, but reads the
 * contract's own chunks at once and loads the other shapes with the first
 * event that needs them: that event, and the ones after it, wait for the
 * load, so no chunk is lost or reordered. The events before it were the
 * contract's, which keep no state, so the other shapes take over from
 * there. A page whose server speaks the contract never fetches the
 * protocols' code.
 */
export class ReplyReader extends EventReader {
  constructor(private readonly options: ShapeOptions = {}) {
    super(new ContractShapes(options));
  }

  /** The chunks of one event's data; a promise of them when it waits for the other shapes to load. */
  readEvent(data: string, event?: string): ChatChunk[] | Promise<ChatChunk[]> {
    const chunks = this.read(data, event);
    return chunks === needsShapes ? this.readWithAllShapes(data, event) : chunks;
  }

  private async readWithAllShapes(data: string, event?: string): Promise<ChatChunk[]> {
    let module: Awaited<ReturnType<typeof protocols.load>>;
    try {
      module = await protocols.load();
    } catch (error) {
      throw new ChatError('The reply code could not be loaded.', {code: 'load', cause: error});
    }
    this.shapes = new module.ProtocolShapes(this.options);
    return this.read(data, event) as ChatChunk[];
  }
}

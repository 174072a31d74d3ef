import type {ChatChunk} from '../types.js';
import {AiSdkReader, isAiSdkChunk} from './ai-sdk.js';
import {AnthropicReader, isAnthropicEvent} from './anthropic.js';
import type {ObjectShapes, ShapeOptions} from './event-reader.js';
import {langchainMessage, readLangchainMessage} from './langchain.js';
import {isOllamaLine, readOllamaLine} from './ollama.js';
import {isCompletion, readCompletion} from './openai.js';
import {readPlain} from './plain.js';
import {valueAt} from './text-field.js';
import {ThoughtWriter} from './thought.js';

/**
 * Every JSON shape the widget reads, tried in this order after the
 * `text-field` path if one is set: the AI SDK's UI message stream,
 * Anthropic's Messages stream, OpenAI completion chunks, Ollama's native
 * lines, LangChain message chunks, and the contract's own chunks. It keeps
 * the state of thoughts and tool calls between events.
 */
export class ProtocolShapes implements ObjectShapes {
  private readonly thoughts = new ThoughtWriter();
  private readonly aiSdk = new AiSdkReader(this.thoughts);
  private readonly anthropic = new AnthropicReader(this.thoughts);

  constructor(private readonly options: ShapeOptions = {}) {}

  read(json: Record<string, unknown>): ChatChunk[] | undefined {
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

  end(): ChatChunk[] {
    return [...this.thoughts.end(), ...this.aiSdk.end()];
  }
}

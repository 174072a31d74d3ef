import type {ChatChunk} from '../types.js';
import {reportedError} from './plain.js';
import {thinkingTitle} from './thinking-title.js';
import type {ThoughtWriter} from './thought.js';
import {isText} from './values.js';

/** Every chunk type of the AI SDK's UI message stream protocol (v1), and `data-*`. */
const chunkTypes = new Set([
  'start',
  'finish',
  'abort',
  'error',
  'message-metadata',
  'start-step',
  'finish-step',
  'text-start',
  'text-delta',
  'text-end',
  'reasoning-start',
  'reasoning-delta',
  'reasoning-end',
  'source-url',
  'source-document',
  'file',
  'tool-input-start',
  'tool-input-delta',
  'tool-input-available',
  'tool-input-error',
  'tool-approval-request',
  'tool-output-available',
  'tool-output-error',
  'tool-output-denied',
]);

/** True for a chunk of the UI message stream protocol. */
export function isAiSdkChunk(json: Record<string, unknown>): boolean {
  return typeof json.type === 'string' && (chunkTypes.has(json.type) || json.type.startsWith('data-'));
}

const block = (value: unknown) => '```json\n' + JSON.stringify(value, null, 2) + '\n```';

/**
 * Reads the Vercel AI SDK's UI message stream (what `toUIMessageStreamResponse()`
 * sends): text deltas are the answer; reasoning is a "Thinking" thought; each
 * tool call is a thought titled with the tool's name, showing its input and
 * then its output; sources are listed in a "Sources" thought at the end; a
 * `file` is a file message; `error` fails the reply with its `errorText`;
 * `finish` and `abort` end it. Start, step and metadata chunks carry nothing
 * to show.
 */
export class AiSdkReader {
  private readonly tools = new Map<string, {name: string; input?: unknown}>();
  private readonly sources: string[] = [];

  constructor(private readonly thoughts: ThoughtWriter) {}

  read(json: Record<string, unknown>): ChatChunk[] {
    const thoughts = this.thoughts;
    switch (json.type) {
      case 'text-delta':
        return thoughts.answer(typeof json.delta === 'string' ? json.delta : '');
      case 'reasoning-start':
        return thoughts.append(`reasoning:${json.id}`, thinkingTitle, '');
      case 'reasoning-delta':
        return thoughts.append(`reasoning:${json.id}`, thinkingTitle, typeof json.delta === 'string' ? json.delta : '');
      case 'reasoning-end':
        return thoughts.current === `reasoning:${json.id}` ? thoughts.end() : [];
      case 'tool-input-start':
      case 'tool-input-available':
      case 'tool-input-error':
        return this.toolInput(json);
      case 'tool-output-available':
        return this.toolResult(json, block(json.output));
      case 'tool-output-error':
      case 'tool-output-denied':
        return this.toolResult(json, isText(json.errorText) ? json.errorText : 'Denied.');
      case 'source-url':
        if (isText(json.url)) this.sources.push(`- [${isText(json.title) ? json.title : json.url}](${json.url})`);
        return [];
      case 'source-document':
        if (isText(json.title)) this.sources.push(`- ${json.title}`);
        return [];
      case 'file':
        if (!isText(json.url)) return [];
        return [
          ...thoughts.end(),
          {message: {role: 'assistant', content: {url: json.url, ...(isText(json.mediaType) ? {mime_type: json.mediaType} : {})}}},
        ];
      case 'error':
        return [{error: reportedError(json) ?? ''}];
      case 'finish':
      case 'abort':
        return [...thoughts.end(), ...this.end(), {done: true}];
      default:
        return [];
    }
  }

  /** What is left when the stream ends: the sources, listed in a thought of their own. */
  end(): ChatChunk[] {
    if (this.sources.length === 0) return [];
    return [...this.thoughts.replace('sources', 'Sources', this.sources.splice(0).join('\n')), ...this.thoughts.end()];
  }

  private toolInput(json: Record<string, unknown>): ChatChunk[] {
    const id = String(json.toolCallId);
    const tool = this.tools.get(id) ?? {name: isText(json.toolName) ? json.toolName : 'tool'};
    this.tools.set(id, tool);
    if (json.type === 'tool-input-start') return this.thoughts.append(`tool:${id}`, tool.name, '');
    tool.input = json.input;
    const text = json.type === 'tool-input-error' && isText(json.errorText) ? json.errorText : block(json.input);
    return this.thoughts.replace(`tool:${id}`, tool.name, text);
  }

  private toolResult(json: Record<string, unknown>, result: string): ChatChunk[] {
    const id = String(json.toolCallId);
    const tool = this.tools.get(id) ?? {name: 'tool'};
    const input = tool.input === undefined ? '' : `${block(tool.input)}\n\n`;
    return [...this.thoughts.replace(`tool:${id}`, tool.name, `${input}${result}`), ...this.thoughts.end()];
  }
}

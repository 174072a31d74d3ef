/**
 * The message format of chat-blocks: Gradio's "messages" format, plus the
 * streaming vocabulary that adapters speak. No DOM, no Lit.
 */

/** A file in a message. `path` is accepted as an alias of `url` on input. */
export interface FileData {
  url: string;
  mime_type?: string;
  alt_text?: string;
  name?: string;
  size?: number;
}

export type ChatRole = 'user' | 'assistant' | 'system';

/** A titled, collapsible "thought" or tool step. */
export interface MessageMetadata {
  title?: string;
  status?: 'pending' | 'done';
  id?: string;
  parent_id?: string;
  duration?: number;
  log?: string;
}

export interface MessageOption {
  value: string;
  label?: string;
}

export interface ChatMessage {
  role: ChatRole;
  /** Markdown text, or one file. */
  content: string | FileData;
  metadata?: MessageMetadata;
  /** Clickable replies. */
  options?: MessageOption[];
  liked?: boolean | null;
  /** Set on a reply that failed or was stopped. */
  error?: string;
}

/** One piece of a streamed reply, after decoding. */
export type ChatChunk =
  | string
  | {
      delta?: string;
      content?: string;
      message?: ChatMessage;
      metadata?: MessageMetadata;
      error?: string;
      done?: boolean;
    };

/** How a built-in adapter reaches its backend; set from `<chat-blocks>` attributes. */
export interface ConnectionConfig {
  endpoint: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  /** Extra JSON fields merged into every request body. */
  body: Record<string, unknown>;
  model?: string;
  apiName: string;
  /** `sse`, `fetch`: dot path of the field holding the text in JSON of a shape the widget does not know. */
  textField?: string;
  /** Whether `textField` holds a piece of the text (`append`, the default) or the whole text so far (`replace`). */
  textMode?: 'append' | 'replace';
  /** Longest event (SSE event, NDJSON line, JSON body) a decoder buffers; `max-event-size`. */
  maxEventSize?: number;
}

/** What an adapter is asked to answer. */
export interface ChatRequest {
  /** The latest user text. */
  message: string;
  /** The files sent with it. */
  files: FileData[];
  /** The whole history, including the new user messages. */
  messages: ChatMessage[];
  /** Aborted when the user stops, clears, or the reply times out. */
  signal: AbortSignal;
  /** The connection settings of the element (endpoint, headers, ...). */
  config: ConnectionConfig;
}

/**
 * A backend, in the spirit of a Gradio generator: yield chunks as they come,
 * or return one chunk.
 */
export type ChatAdapter = (request: ChatRequest) => AsyncIterable<ChatChunk> | Promise<ChatChunk>;

/** What the user submits: text and files. */
export interface ChatInput {
  text: string;
  files: Array<File | Blob | FileData>;
}

/** The reflected `status` of `<chat-blocks>`. */
export const ChatStatus = {
  idle: 'idle',
  waiting: 'waiting',
  streaming: 'streaming',
  error: 'error',
} as const;
export type ChatStatus = (typeof ChatStatus)[keyof typeof ChatStatus];

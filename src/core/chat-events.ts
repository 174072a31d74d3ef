import type {ChatMessage, FileData} from './types.js';

/** The `detail` of every event chat-blocks fires, by event name. */
export interface ChatEventDetails {
  'chat-submit': {text: string; files: Array<File | Blob | FileData>};
  'chat-response': {message: ChatMessage; messages: ChatMessage[]};
  'chat-error': {error: string; status?: number};
  'chat-stop': Record<string, never>;
  'chat-clear': Record<string, never>;
  'chat-like': {index: number; value: ChatMessage['content']; liked: boolean | null};
  'chat-retry': {index: number};
  'chat-undo': {index: number};
  'chat-edit': {index: number; value: string; previous: string};
  'chat-option': {index: number; value: string};
  'chat-change': {messages: ChatMessage[]};
  /** `<chat-blocks-launcher>`: the panel opened. */
  'chat-open': Record<string, never>;
  /** `<chat-blocks-launcher>`: the panel is about to close; cancelable. */
  'chat-close': Record<string, never>;
}

export type ChatEventName = keyof ChatEventDetails;

/**
 * How the core hands an event to the page: the element that owns a
 * controller passes one function that dispatches it (see `fireChatEvent`).
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export type ChatEmit = <K extends ChatEventName>(name: K, detail: ChatEventDetails[K], options?: {cancelable?: boolean}) => boolean;

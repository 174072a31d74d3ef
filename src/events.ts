import type {ChatMessage, FileData} from './core/types.js';

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

declare global {
  interface HTMLElementEventMap {
    'chat-submit': CustomEvent<ChatEventDetails['chat-submit']>;
    'chat-response': CustomEvent<ChatEventDetails['chat-response']>;
    'chat-error': CustomEvent<ChatEventDetails['chat-error']>;
    'chat-stop': CustomEvent<ChatEventDetails['chat-stop']>;
    'chat-clear': CustomEvent<ChatEventDetails['chat-clear']>;
    'chat-like': CustomEvent<ChatEventDetails['chat-like']>;
    'chat-retry': CustomEvent<ChatEventDetails['chat-retry']>;
    'chat-undo': CustomEvent<ChatEventDetails['chat-undo']>;
    'chat-edit': CustomEvent<ChatEventDetails['chat-edit']>;
    'chat-option': CustomEvent<ChatEventDetails['chat-option']>;
    'chat-change': CustomEvent<ChatEventDetails['chat-change']>;
    'chat-open': CustomEvent<ChatEventDetails['chat-open']>;
    'chat-close': CustomEvent<ChatEventDetails['chat-close']>;
  }
}

/**
 * Fires a chat-blocks event: bubbling and composed, so a page hears it from
 * outside any shadow root. Returns false when a listener called
 * `preventDefault()` on a cancelable event.
 */
export function fireChatEvent<K extends ChatEventName>(
  target: EventTarget,
  name: K,
  detail: ChatEventDetails[K],
  options: {cancelable?: boolean} = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
}

import type {ChatEventDetails, ChatEventName} from './core/chat-events.js';

export type {ChatEmit, ChatEventDetails, ChatEventName} from './core/chat-events.js';

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

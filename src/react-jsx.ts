/**
 * The chat-blocks tags in React 19's JSX, for pages that skip the wrappers
 * and write `<chat-blocks endpoint="/api/chat" onchat-response={…}>`:
 * React 19 sets a custom element's known properties as properties (so
 * `messages`, `adapter` and `examples` take objects and functions), other
 * props as attributes, and `on<event-name>` props as event listeners.
 * Loaded with the declarations of `chat-blocks/react`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {ChatElementAttributes, ChatElementEvents, ChatElementProperties, ChatElements, ChatTag} from './element-types.js';

/** `onchat-response={(event) => …}`: React 19 listens for `chat-response`. */
type EventProps<T extends ChatTag> = {
  [N in keyof ChatElementEvents<T> as `on${N & string}`]?: (event: ChatElementEvents<T>[N]) => void;
};

/** Everything JSX accepts on one chat-blocks tag. */
export type ChatElementJsxProps<T extends ChatTag> = DetailedHTMLProps<
  HTMLAttributes<ChatElements[T]['element']>,
  ChatElements[T]['element']
> &
  ChatElementProperties<T> &
  ChatElementAttributes<T> &
  EventProps<T>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'chat-blocks': ChatElementJsxProps<'chat-blocks'>;
      'chat-message-list': ChatElementJsxProps<'chat-message-list'>;
      'chat-multimodal-textbox': ChatElementJsxProps<'chat-multimodal-textbox'>;
      'chat-clear-button': ChatElementJsxProps<'chat-clear-button'>;
    }
  }
}

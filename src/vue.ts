/**
 * The chat-blocks tags in Vue templates, for `vue-tsc` and Vue's editor
 * tools: attribute and property names, their values, and each event's
 * payload (`@chat-response="(event) => event.detail.message"`) are checked.
 * Types only: load them with `import type {} from 'chat-blocks/vue'` once,
 * or `"types": ["chat-blocks/vue"]` in tsconfig.json.
 */
import type {DefineComponent} from 'vue';
import type {ChatElementEvents, ChatElementProperties, ChatTag} from './element-types.js';

/** `chat-response` → `ChatResponse`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `@chat-response` is the `onChatResponse` prop to Vue's type checker. */
type VueEventProps<T extends ChatTag> = {
  [N in keyof ChatElementEvents<T> as `on${Pascal<N & string>}`]?: (event: ChatElementEvents<T>[N]) => void;
};

/** One tag as Vue's tools see it: a component with these props. */
export type ChatElementVueComponent<T extends ChatTag> = DefineComponent<ChatElementProperties<T> & VueEventProps<T>>;

declare module 'vue' {
  interface GlobalComponents {
    'chat-blocks': ChatElementVueComponent<'chat-blocks'>;
    'chat-message-list': ChatElementVueComponent<'chat-message-list'>;
    'chat-multimodal-textbox': ChatElementVueComponent<'chat-multimodal-textbox'>;
    'chat-clear-button': ChatElementVueComponent<'chat-clear-button'>;
  }
}

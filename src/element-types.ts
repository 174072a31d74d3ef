/**
 * What a page may set on each chat-blocks element, as types for framework
 * typings (react-jsx.ts, vue.ts): the properties (read from the element
 * classes, so a new property is typed without a list to update), the
 * kebab-case attributes, and the events each element fires.
 */
import type {LitElement} from 'lit';
import type {ChatBlocks} from './components/chat-blocks/chat-blocks.js';
import type {ChatMessageList} from './components/chat-message-list/chat-message-list.js';
import type {ChatMultimodalTextbox} from './components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatClearButton} from './components/chat-clear-button/chat-clear-button.js';
import type {ChatEventDetails, ChatEventName} from './events.js';
import type {ChatStrings} from './strings.js';

/** Each tag: its element class and the events it fires. */
export interface ChatElements {
  'chat-blocks': {element: ChatBlocks; events: ChatEventName};
  'chat-message-list': {
    element: ChatMessageList;
    events: 'chat-like' | 'chat-retry' | 'chat-undo' | 'chat-edit' | 'chat-option' | 'chat-submit';
  };
  'chat-multimodal-textbox': {element: ChatMultimodalTextbox; events: 'chat-submit' | 'chat-stop'};
  'chat-clear-button': {element: ChatClearButton; events: 'chat-clear'};
}

export type ChatTag = keyof ChatElements;

type IsReadonly<E, K extends keyof E> =
  (<T>() => T extends {[Q in K]: E[K]} ? 1 : 2) extends <T>() => T extends {-readonly [Q in K]: E[K]} ? 1 : 2 ? false : true;

/** Public data properties a page can set: not methods, not read-only, not what every Lit element has. */
type SettableKeys<E> = {
  [K in Exclude<keyof E, keyof LitElement>]: E[K] extends (...args: never[]) => unknown ? never : IsReadonly<E, K> extends true ? never : K;
}[Exclude<keyof E, keyof LitElement>];

/** The properties of a tag's element (`strings` takes some keys, as its setter does). */
export type ChatElementProperties<T extends ChatTag> = Partial<
  Omit<Pick<ChatElements[T]['element'], SettableKeys<ChatElements[T]['element']>>, 'strings'>
> &
  ('strings' extends keyof ChatElements[T]['element'] ? {strings?: Partial<ChatStrings>} : unknown);

/** `maxFileSize` → `max-file-size`. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** The kebab-case attributes of a tag (`max-file-size`): those whose name differs from the property's. */
export type ChatElementAttributes<T extends ChatTag> = {
  [K in keyof ChatElementProperties<T> as K extends string ? (Kebab<K> extends K ? never : Kebab<K>) : never]?: string | number | boolean;
};

/** A tag's events, by name, as `CustomEvent`s with their typed `detail`. */
export type ChatElementEvents<T extends ChatTag> = {
  [N in ChatElements[T]['events']]: CustomEvent<ChatEventDetails[N]>;
};

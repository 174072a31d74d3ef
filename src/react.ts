/**
 * React components for chat-blocks, made with `@lit/react`: each chat
 * event is a typed `onChatX` prop, e.g. `<ChatBlocks onChatResponse={...}>`.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {ChatBlocks as ChatBlocksElement} from './components/chat-blocks/chat-blocks.js';
import {ChatMessageList as ChatMessageListElement} from './components/chat-message-list/chat-message-list.js';
import {ChatMultimodalTextbox as ChatMultimodalTextboxElement} from './components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import {ChatClearButton as ChatClearButtonElement} from './components/chat-clear-button/chat-clear-button.js';
import {ChatBlocksLauncher as ChatBlocksLauncherElement} from './launcher.js';
import type {ChatEventDetails} from './events.js';
// Also types the raw tags in React 19's JSX (see react-jsx.ts).
export type {ChatElementJsxProps} from './react-jsx.js';

type Events<K extends keyof ChatEventDetails> = EventName<CustomEvent<ChatEventDetails[K]>>;

const chatEvents = {
  onChatSubmit: 'chat-submit' as Events<'chat-submit'>,
  onChatResponse: 'chat-response' as Events<'chat-response'>,
  onChatError: 'chat-error' as Events<'chat-error'>,
  onChatStop: 'chat-stop' as Events<'chat-stop'>,
  onChatClear: 'chat-clear' as Events<'chat-clear'>,
  onChatLike: 'chat-like' as Events<'chat-like'>,
  onChatRetry: 'chat-retry' as Events<'chat-retry'>,
  onChatUndo: 'chat-undo' as Events<'chat-undo'>,
  onChatEdit: 'chat-edit' as Events<'chat-edit'>,
  onChatOption: 'chat-option' as Events<'chat-option'>,
  onChatChange: 'chat-change' as Events<'chat-change'>,
};

export const ChatBlocks = createComponent({
  tagName: 'chat-blocks',
  elementClass: ChatBlocksElement,
  react: React,
  events: chatEvents,
});

export const ChatMessageList = createComponent({
  tagName: 'chat-message-list',
  elementClass: ChatMessageListElement,
  react: React,
  events: {
    onChatLike: chatEvents.onChatLike,
    onChatRetry: chatEvents.onChatRetry,
    onChatUndo: chatEvents.onChatUndo,
    onChatEdit: chatEvents.onChatEdit,
    onChatOption: chatEvents.onChatOption,
    onChatSubmit: chatEvents.onChatSubmit,
  },
});

export const ChatMultimodalTextbox = createComponent({
  tagName: 'chat-multimodal-textbox',
  elementClass: ChatMultimodalTextboxElement,
  react: React,
  events: {onChatSubmit: chatEvents.onChatSubmit, onChatStop: chatEvents.onChatStop},
});

export const ChatClearButton = createComponent({
  tagName: 'chat-clear-button',
  elementClass: ChatClearButtonElement,
  react: React,
  events: {onChatClear: chatEvents.onChatClear},
});

export const ChatBlocksLauncher = createComponent({
  tagName: 'chat-blocks-launcher',
  elementClass: ChatBlocksLauncherElement,
  react: React,
  events: {
    ...chatEvents,
    onChatOpen: 'chat-open' as Events<'chat-open'>,
    onChatClose: 'chat-close' as Events<'chat-close'>,
  },
});

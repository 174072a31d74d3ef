import {createContext} from '@lit/context';
import type {ChatController} from './core/controller/controller-types.js';

export type {
  ChatActions,
  ChatController,
  ChatExample,
  ChatLayout,
  ChatSettings,
  ChatView,
  FileCount,
  InputSource,
} from './core/controller/controller-types.js';

/** Carries the `<chat-blocks>` controller to the sub-elements inside it (the context protocol). */
export const chatContext = createContext<ChatController | undefined>(Symbol('chat-blocks'));

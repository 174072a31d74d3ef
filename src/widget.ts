/**
 * The widget without the launcher: importing this module defines
 * `<chat-blocks>`, `<chat-message-list>`, `<chat-multimodal-textbox>` and
 * `<chat-clear-button>`. It is the entry of the page builds
 * (`chat-blocks.bundle.js`, `chat-blocks.iife.js`): a page with a launcher
 * has the launcher's own small script, so the widget's bundle does not carry
 * it again. Its exports are the elements and the types: the helper
 * functions (adapters, decoders, file helpers...) are exported by `api.ts`,
 * so a page that loads the bundle does not download what it never calls.
 * `index.ts` adds both for bundlers.
 */
export {ChatBlocks} from './components/chat-blocks/chat-blocks.js';
export {ChatMessageList} from './components/chat-message-list/chat-message-list.js';
export {ChatMultimodalTextbox} from './components/chat-multimodal-textbox/chat-multimodal-textbox.js';
export {ChatClearButton} from './components/chat-clear-button/chat-clear-button.js';

export type {
  ChatAdapter,
  ChatChunk,
  ChatInput,
  ChatMessage,
  ChatRequest,
  ChatRole,
  ConnectionConfig,
  FileData,
  MessageMetadata,
  MessageOption,
} from './core/types.js';
export {ChatStatus} from './core/types.js';
export {ChatError, type ChatErrorCode} from './core/errors.js';

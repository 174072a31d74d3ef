/**
 * The widget without the launcher: importing this module defines
 * `<chat-blocks>`, `<chat-message-list>`, `<chat-multimodal-textbox>` and
 * `<chat-clear-button>`. It is the entry of the page builds
 * (`chat-blocks.bundle.js`, `chat-blocks.iife.js`): a page with a launcher
 * has the launcher's own small script, so the widget's bundle does not carry
 * it again. `index.ts` adds the launcher for bundlers.
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
export {validateMessages, validateMessage} from './core/validate.js';
export {ChatSession, type SessionHost} from './core/session.js';
export {registerAdapter, getAdapter} from './core/adapters/registry.js';
export {sseAdapter, fetchAdapter} from './core/adapters/http.js';
export {openaiAdapter} from './core/adapters/openai.js';
export {gradioAdapter} from './core/adapters/gradio.js';
export {aiSdkAdapter} from './core/adapters/ai-sdk.js';
export {anthropicAdapter} from './core/adapters/anthropic.js';
export {ollamaAdapter} from './core/adapters/ollama.js';
export {parseChunk} from './core/shapes/parse-chunk.js';
export {ChunkReader, type ShapeOptions} from './core/shapes/reader.js';
export {decodeResponse, type WireFormat} from './core/decoders/response.js';
export {readServerSentEvents, readJsonLines, readTextStream, type ServerSentEvent} from './core/decoders/readers.js';
export {defaultStrings, type ChatStrings} from './strings.js';
export type {ChatEventDetails, ChatEventName} from './events.js';
export type {ChatController, ChatSettings, ChatView, ChatExample} from './context.js';
export {
  parseFileTypes,
  matchesFileTypes,
  parseFileSize,
  isFileSize,
  formatFileSize,
  validateFiles,
  fileToFileData,
  INLINE_WARNING_BYTES,
  type RefusedFile,
  type RefusalReason,
  type FileRules,
} from './core/files.js';
export {uploadFile, UploadError, readUploadResponse, type UploadOptions} from './core/upload.js';

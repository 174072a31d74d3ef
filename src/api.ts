/**
 * The helper functions of the package for bundlers (`chat-blocks`): the
 * adapters, decoders, chunk shapes, validation and file helpers. They are
 * not exports of the page bundle (`widget.ts`), which would otherwise carry
 * every adapter and decoder into every page; the widget loads the ones it
 * uses on first use.
 */
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
export {parseFileTypes, parseFileSize, isFileSize, formatFileSize} from './core/files.js';
export {matchesFileTypes, validateFiles, type RefusedFile, type RefusalReason, type FileRules} from './core/file-rules.js';
export {fileToFileData, INLINE_WARNING_BYTES} from './core/inline-files.js';
export {uploadFile, UploadError, readUploadResponse, type UploadOptions} from './core/upload.js';

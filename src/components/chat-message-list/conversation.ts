/**
 * What `<chat-message-list>` needs once it shows a message: the views of
 * groups, messages, files, thoughts and actions, the editor, the image
 * viewer, the long-history window, the markdown cache, the announcement of
 * a finished reply, and the styles of all of them. An empty chat never needs
 * them, so the page bundle fetches this module with the first message (in
 * one chunk with markdown and the adapter, see scripts/first-reply-chunk.js);
 * `conversation-loader.ts` loads it.
 */
export {renderChunks} from './group-chunks.js';
export {renderWaiting} from './group-view.js';
export {HistoryWindow} from './history-window.js';
export {TranscriptCache} from './transcript-cache.js';
export {MessageEditor} from './editor-view.js';
export {renderImageViewer} from './image-viewer.js';
export {handleActionClick} from './message-actions.js';
export {LongTexts, MarkdownCache} from './markdown-view.js';
export {enhanceNodes} from './enhance-nodes.js';
export {announceFinishedReply} from './reply-announcer.js';
export {conversationStyles} from './conversation.styles.js';
export {afterNextFrame} from '../../render/one-per-frame.js';

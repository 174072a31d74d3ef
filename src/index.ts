/**
 * chat-blocks: importing this module defines `<chat-blocks>`,
 * `<chat-message-list>`, `<chat-multimodal-textbox>`, `<chat-clear-button>` and
 * `<chat-blocks-launcher>`.
 */
export * from './widget.js';
export * from './api.js';
export {ChatBlocksLauncher} from './components/chat-blocks-launcher/chat-blocks-launcher.js';

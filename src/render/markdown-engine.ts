/**
 * Everything that turns message text into sanitized DOM (marked, the
 * sanitizer, the streaming renderer), as one module that the message list
 * loads with `import()` when it first has a message to show: a page that
 * shows the widget with no message yet never fetches it.
 */
export {MarkdownStream} from './markdown-stream.js';
export {renderInlineMarkdown} from './markdown.js';

/**
 * Everything that turns message text into sanitized DOM (marked, the
 * sanitizer, the streaming renderer), as one module that the message list
 * loads with `import()` when it first has a message to show: a page that
 * shows the widget with no message yet never fetches it. The list awaits
 * `loadSanitizer()` before its first render (it fetches DOMPurify in
 * browsers without the HTML Sanitizer API).
 */
export {MarkdownStream} from './markdown-stream.js';
export {renderInlineMarkdown} from './markdown.js';
export {loadSanitizer} from './sanitize.js';
export {hasPendingMath, typesetPendingMath} from './math-typeset.js';
export {hasPendingCode, highlightPendingCode} from './highlight-later.js';
